package fi.asiointipiste.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class WorkbookWriterTest {

    /** The parts of the workbook, by name, in the order they were written. */
    private static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesAWorkbookWhosePartsAreWellFormedXml() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WorkbookWriter sheet = new WorkbookWriter(out, "Tilastot & <muut>", 2)) {
            sheet.row(List.of("Asia", "Määrä"));
            sheet.row(List.of());
            sheet.row(Arrays.asList("=SUM(A1)", null, 7, "nul\u0000 & \"x\""));
        }
        Map<String, String> parts = parts(out.toByteArray());
        assertThat(parts.keySet())
                .containsExactly(
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "xl/workbook.xml",
                        "xl/_rels/workbook.xml.rels",
                        "xl/worksheets/sheet1.xml");
        for (String part : parts.values()) {
            xml(part); // throws on anything a spreadsheet could not read
        }
        assertThat(xml(parts.get("xl/workbook.xml"))
                        .getElementsByTagName("sheet")
                        .item(0)
                        .getAttributes()
                        .getNamedItem("name")
                        .getNodeValue())
                .isEqualTo("Tilastot & <muut>");
        Document sheet = xml(parts.get("xl/worksheets/sheet1.xml"));
        NodeList rows = sheet.getElementsByTagName("row");
        assertThat(rows.getLength()).isEqualTo(3);
        assertThat(parts.get("xl/worksheets/sheet1.xml"))
                .contains("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Asia</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>Määrä</t></is></c></row>")
                .contains("<row r=\"2\"></row>")
                // a text cell is never a formula; the empty cell B3 is left out; the number is a number
                .contains("<c r=\"A3\" t=\"inlineStr\"><is><t>=SUM(A1)</t></is></c><c r=\"C3\"><v>7</v></c>")
                .contains("<t>nul\uFFFD &amp; &quot;x&quot;</t>")
                .doesNotContain("<f>")
                .doesNotContain("B3");
    }

    @Test
    void numbersKeepTheCallersDecimals() throws Exception {
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        try (WorkbookWriter sheet = new WorkbookWriter(two, "a", 2)) {
            sheet.row(List.of(1.23456, 12L, -0.5));
        }
        ByteArrayOutputStream three = new ByteArrayOutputStream();
        try (WorkbookWriter sheet = new WorkbookWriter(three, "a", 3)) {
            sheet.row(List.of(1.23456, 12L, -0.5));
        }
        assertThat(parts(two.toByteArray()).get("xl/worksheets/sheet1.xml"))
                .contains("<v>1.23</v>", "<v>12</v>", "<v>-0.5</v>");
        assertThat(parts(three.toByteArray()).get("xl/worksheets/sheet1.xml"))
                .contains("<v>1.235</v>", "<v>12</v>", "<v>-0.5</v>");
        assertThat(List.of(
                        WorkbookWriter.number(2.0, 2),
                        WorkbookWriter.number(2.005001, 2),
                        WorkbookWriter.number(2.0004, 3)))
                .containsExactly("2", "2.01", "2.0");
    }

    @Test
    void closingFinishesTheWorkbookButLeavesTheOutputOpen() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream watched = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the caller's stream was closed");
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                out.write(b, off, len);
            }

            @Override
            public synchronized void write(int b) {
                out.write(b);
            }
        };
        try (WorkbookWriter sheet = new WorkbookWriter(watched, "a", 2)) {
            sheet.row(List.of("x"));
        }
        assertThat(parts(out.toByteArray()).get("xl/worksheets/sheet1.xml")).endsWith("</sheetData></worksheet>");
    }

    @Test
    void columnNamesFollowSpreadsheetLetters() {
        assertThat(List.of(
                        WorkbookWriter.column(0),
                        WorkbookWriter.column(25),
                        WorkbookWriter.column(26),
                        WorkbookWriter.column(27)))
                .containsExactly("A", "Z", "AA", "AB");
    }
}
