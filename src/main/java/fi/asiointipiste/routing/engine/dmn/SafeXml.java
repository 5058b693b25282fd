package fi.asiointipiste.routing.engine.dmn;

import fi.asiointipiste.routing.engine.EngineError;
import fi.asiointipiste.routing.engine.EngineException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses untrusted XML into a DOM. DOCTYPE declarations are refused outright, which rules out XXE, entity
 * expansion ("billion laughs") and DTD fetching; the byte size is capped before parsing and the element count after.
 */
final class SafeXml {
    private SafeXml() {}

    static Document parse(InputStream in, int maxBytes, int maxElements) {
        byte[] bytes = readCapped(in, maxBytes);
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            Document doc = b.parse(new InputSource(new ByteArrayInputStream(bytes)));
            int count = doc.getElementsByTagName("*").getLength();
            if (count > maxElements) {
                throw new EngineException(EngineError.of(
                        "DMN_TOO_LARGE",
                        "The DMN document has " + count + " elements; at most " + maxElements + " are accepted"));
            }
            return doc;
        } catch (SAXException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            String hint = msg.contains("DOCTYPE") ? " (DOCTYPE declarations and entities are not allowed)" : "";
            throw new EngineException(EngineError.of("DMN_XML", "The document is not acceptable XML: " + msg + hint));
        } catch (IOException | ParserConfigurationException e) {
            throw new EngineException(EngineError.of("DMN_XML", "Cannot read XML: " + e.getMessage()));
        }
    }

    private static byte[] readCapped(InputStream in, int maxBytes) {
        try {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new EngineException(
                        EngineError.of("DMN_TOO_LARGE", "The DMN document is larger than " + maxBytes + " bytes"));
            }
            return bytes;
        } catch (IOException e) {
            throw new EngineException(EngineError.of("DMN_XML", "Cannot read XML: " + e.getMessage()));
        }
    }
}
