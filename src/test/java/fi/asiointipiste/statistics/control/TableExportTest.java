package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.statistics.control.TableData.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class TableExportTest {

    private static final TableData TABLE = new TableData("tasks", "title")
            .column("task", Kind.TEXT)
            .column("count", Kind.COUNT)
            .column("level", Kind.LABEL)
            .row("=Kela & co", 3L, "SupportLevel.GUIDED")
            .row("Vero", 12L, "SupportLevel.GUIDED")
            .row("DVV", 40L, "SupportLevel.FULL_ASSISTANCE");

    @Test
    void csvHasFiltersThenSuppressedRowsAndNoFormulaInjection() {
        String csv = new String(
                TableExport.csv(TABLE, k -> "[" + k + "]", List.of("Period: a – b")), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("\"[title]\"\r\n\"Period: a – b\"\r\n\r\n\"[task]\";\"[count]\";\"[level]\"")
                .contains("\"'=Kela & co\";\"<5\";\"[SupportLevel.GUIDED]\"")
                .contains("\"Vero\";\"<5\"")
                .contains("\"DVV\";\"40\"");
    }

    @Test
    void xlsxIsAWorkbookWithTheSameCells() throws IOException {
        byte[] xlsx = TableExport.xlsx(TABLE, k -> k, List.of("Period: a – b"));
        String sheet = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(sheet)
                .contains("<t>Period: a – b</t>")
                .contains("<t>=Kela &amp; co</t>")
                .contains("<t>&lt;5</t>")
                .contains("<v>40</v>")
                .doesNotContain("<v>3</v>");
    }
}
