package fi.asiointipiste.rules.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class RowExportTest {

    @Test
    void csvQuotesEveryCellAndDefusesFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowExport rows = RowExport.of("csv", out, "x")) {
            rows.row(List.of("Asia", "Määrä"));
            rows.row(Arrays.asList("=HYPERLINK(\"x\")", 12, 1.5, null, "-3"));
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo("\uFEFF\"Asia\";\"Määrä\"\r\n\"'=HYPERLINK(\"\"x\"\")\";\"12\";\"1.5\";\"\";\"-3\"\r\n");
    }

    @Test
    void xlsxIsAWorkbookWithTheRowsAsInlineStringsAndNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowExport rows = RowExport.of("xlsx", out, "simulation")) {
            rows.row(List.of("Sääntö <a> & b", 7));
        }
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(parts)
                .containsKeys(
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "xl/workbook.xml",
                        "xl/_rels/workbook.xml.rels",
                        "xl/worksheets/sheet1.xml");
        assertThat(parts.get("xl/worksheets/sheet1.xml"))
                .contains(
                        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Sääntö &lt;a&gt; &amp; b</t></is></c><c r=\"B1\"><v>7</v></c></row>")
                .endsWith("</sheetData></worksheet>");
        assertThat(RowExport.known("pdf")).isFalse();
    }
}
