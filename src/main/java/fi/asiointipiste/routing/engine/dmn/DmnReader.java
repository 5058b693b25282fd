package fi.asiointipiste.routing.engine.dmn;

import fi.asiointipiste.routing.engine.Aggregation;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.EngineError;
import fi.asiointipiste.routing.engine.EngineException;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.OutputColumn;
import fi.asiointipiste.routing.engine.Rule;
import fi.asiointipiste.routing.engine.TypeRef;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Imports one decision table from a DMN 1.1–1.5 document. Supported: one decision whose logic is a decision table
 * over input data, with typeRef string/number/boolean/date, inputValues/outputValues, any supported hit policy and
 * aggregation, rule ids, descriptions and annotation columns. Anything else that would change the meaning
 * (BKMs, decision services, imports, boxed expressions, decisions requiring other decisions, default output
 * entries, non-FEEL expression languages) is refused with code DMN_UNSUPPORTED rather than silently ignored.
 * Cell texts are kept verbatim; their S-FEEL syntax is checked by the compiler, which names rule and column.
 */
public final class DmnReader {
    public static final int DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
    public static final int DEFAULT_MAX_ELEMENTS = 100_000;
    private static final Set<String> IGNORED_TOP_LEVEL = Set.of(
            "inputData",
            "itemDefinition",
            "textAnnotation",
            "association",
            "knowledgeSource",
            "extensionElements",
            "DMNDI",
            "description",
            "group",
            "authorityRequirement");
    private final String ns;

    private DmnReader(String ns) {
        this.ns = ns;
    }

    public static DecisionTable read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, null);
        }
    }

    public static DecisionTable readString(String xml) {
        return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null);
    }

    /**
     * Reads the decision table of the decision with id or name {@code decision}; when null, the document must
     * contain exactly one decision.
     */
    public static DecisionTable read(InputStream in, String decision) {
        Document doc = SafeXml.parse(in, DEFAULT_MAX_BYTES, DEFAULT_MAX_ELEMENTS);
        Element root = doc.getDocumentElement();
        String ns = root.getNamespaceURI();
        if (!"definitions".equals(root.getLocalName()) || ns == null || !DmnNamespaces.VERSIONS.containsKey(ns)) {
            throw error(
                    "DMN_NAMESPACE",
                    "Root element must be <definitions> in a DMN 1.1-1.5 namespace, found <" + root.getLocalName()
                            + "> in " + ns);
        }
        return new DmnReader(ns).definitions(root, decision);
    }

    private DecisionTable definitions(Element root, String wanted) {
        List<Element> decisions = new ArrayList<>();
        Map<String, String> inputTypes = new HashMap<>();
        for (Element e : children(root)) {
            String name = e.getLocalName();
            switch (name) {
                case "decision" -> decisions.add(e);
                case "businessKnowledgeModel" ->
                    throw unsupported("business knowledge models (BKMs), found '" + e.getAttribute("name") + "'");
                case "decisionService" -> throw unsupported("decision services");
                case "import" -> throw unsupported("imports of other models");
                case "inputData" -> {
                    Element v = child(e, "variable");
                    if (v != null && !v.getAttribute("typeRef").isEmpty()) {
                        inputTypes.put(e.getAttribute("name"), v.getAttribute("typeRef"));
                    }
                }
                default -> {
                    if (!IGNORED_TOP_LEVEL.contains(name) && ns.equals(e.getNamespaceURI())) {
                        throw unsupported("element <" + name + ">");
                    }
                }
            }
        }
        Element decision = choose(decisions, wanted);
        Element table = child(decision, "decisionTable");
        for (Element e : children(decision)) {
            String n = e.getLocalName();
            if (n.equals("knowledgeRequirement")
                    || (n.equals("informationRequirement") && child(e, "requiredDecision") != null)) {
                throw unsupported(
                        "decision '" + decision.getAttribute("name") + "' depends on other decisions or BKMs");
            }
            if (!Set.of(
                            "decisionTable",
                            "variable",
                            "informationRequirement",
                            "authorityRequirement",
                            "description",
                            "extensionElements",
                            "question",
                            "allowedAnswers")
                    .contains(n)) {
                throw unsupported("decision logic <" + n + "> (only decision tables are supported)");
            }
        }
        if (table == null) {
            throw unsupported("decision '" + decision.getAttribute("name") + "' has no decision table");
        }
        Element variable = child(decision, "variable");
        String resultType = variable == null ? "" : variable.getAttribute("typeRef");
        DecisionTable.TableIdentity identity = new DecisionTable.TableIdentity(
                root.getAttribute("id"),
                root.getAttribute("name"),
                root.getAttribute("namespace"),
                decision.getAttribute("id"),
                decision.getAttribute("name"),
                table.getAttribute("id"),
                attr(table, "outputLabel"));
        return new TableReader(this, identity, inputTypes, resultType).read(table);
    }

    private Element choose(List<Element> decisions, String wanted) {
        if (wanted != null) {
            return decisions.stream()
                    .filter(d -> wanted.equals(d.getAttribute("id")) || wanted.equals(d.getAttribute("name")))
                    .findFirst()
                    .orElseThrow(() -> error("DMN_NO_DECISION", "No decision with id or name '" + wanted + "'"));
        }
        if (decisions.size() == 1) {
            return decisions.get(0);
        }
        if (decisions.isEmpty()) {
            throw error("DMN_NO_DECISION", "The document contains no decision");
        }
        throw error(
                "DMN_AMBIGUOUS", "The document contains " + decisions.size() + " decisions; name the one to import");
    }

    /** Reads {@code <decisionTable>}; kept separate so each part stays small. */
    private record TableReader(
            DmnReader dmn, DecisionTable.TableIdentity identity, Map<String, String> inputTypes, String resultType) {
        DecisionTable read(Element table) {
            String hp = table.getAttribute("hitPolicy");
            HitPolicy policy = hp.isEmpty() ? HitPolicy.UNIQUE : HitPolicy.fromDmnName(hp);
            Aggregation aggregation = Aggregation.fromDmnName(attr(table, "aggregation"));
            List<InputColumn> inputs = new ArrayList<>();
            List<OutputColumn> outputs = new ArrayList<>();
            List<String> annotations = new ArrayList<>();
            List<Rule> rules = new ArrayList<>();
            for (Element e : children(table)) {
                switch (e.getLocalName()) {
                    case "input" -> inputs.add(input(e));
                    case "output" -> outputs.add(output(e, table));
                    case "annotation" -> annotations.add(e.getAttribute("name"));
                    case "rule" -> rules.add(rule(e, rules.size()));
                    case "description", "extensionElements" -> {}
                    default -> throw dmn.unsupported("element <" + e.getLocalName() + "> in a decision table");
                }
            }
            if (outputs.isEmpty()) {
                throw error("DMN_INVALID", "The decision table has no output column");
            }
            return new DecisionTable(identity, policy, aggregation, inputs, outputs, annotations, rules);
        }

        private InputColumn input(Element e) {
            Element expr = dmn.child(e, "inputExpression");
            String text = expr == null ? "" : textOf(dmn.child(expr, "text")).trim();
            if (!text.matches("[\\p{L}_][\\p{L}\\p{N}_]*")) {
                throw dmn.unsupported("input expression '" + text + "' (only names of input data are supported)");
            }
            checkFeel(expr);
            String type = expr.getAttribute("typeRef");
            if (type.isEmpty()) {
                type = inputTypes.getOrDefault(text, "");
            }
            if (type.isEmpty()) {
                throw error("DMN_INVALID", "Input '" + text + "' has no typeRef");
            }
            Element values = dmn.child(e, "inputValues");
            return new InputColumn(
                    e.getAttribute("id"),
                    attr(e, "label"),
                    text,
                    TypeRef.fromFeelName(type),
                    values == null ? null : textOf(dmn.child(values, "text")));
        }

        private OutputColumn output(Element e, Element table) {
            if (dmn.child(e, "defaultOutputEntry") != null) {
                throw dmn.unsupported("default output entries (use a catch-all rule instead)");
            }
            String name = e.getAttribute("name");
            if (name.isEmpty()) {
                name = identity.decisionName();
            }
            String type = e.getAttribute("typeRef").isEmpty() ? resultType : e.getAttribute("typeRef");
            if (type.isEmpty()) {
                throw error("DMN_INVALID", "Output '" + name + "' has no typeRef");
            }
            Element values = dmn.child(e, "outputValues");
            return new OutputColumn(
                    e.getAttribute("id"),
                    attr(e, "label"),
                    name,
                    TypeRef.fromFeelName(type),
                    values == null ? null : textOf(dmn.child(values, "text")));
        }

        private Rule rule(Element e, int index) {
            List<String> in = new ArrayList<>();
            List<String> out = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            String description = null;
            for (Element c : children(e)) {
                switch (c.getLocalName()) {
                    case "inputEntry" -> {
                        checkFeel(c);
                        in.add(textOf(dmn.child(c, "text")));
                    }
                    case "outputEntry" -> {
                        checkFeel(c);
                        out.add(textOf(dmn.child(c, "text")));
                    }
                    case "annotationEntry" -> notes.add(textOf(dmn.child(c, "text")));
                    case "description" -> description = textOf(c);
                    default -> {}
                }
            }
            String id = e.getAttribute("id").isEmpty() ? "rule" + (index + 1) : e.getAttribute("id");
            return new Rule(id, in, out, description, notes);
        }

        private void checkFeel(Element e) {
            String lang = e == null ? "" : e.getAttribute("expressionLanguage");
            if (!lang.isEmpty() && !lang.toLowerCase().contains("feel")) {
                throw dmn.unsupported("expression language '" + lang + "'");
            }
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                list.add(el);
            }
        }
        return list;
    }

    private Element child(Element parent, String localName) {
        for (Element e : children(parent)) {
            if (localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    private static String textOf(Element e) {
        return e == null ? "" : e.getTextContent();
    }

    private EngineException unsupported(String what) {
        return error("DMN_UNSUPPORTED", "Unsupported DMN feature: " + what);
    }

    private static EngineException error(String code, String message) {
        return new EngineException(EngineError.of(code, message));
    }
}
