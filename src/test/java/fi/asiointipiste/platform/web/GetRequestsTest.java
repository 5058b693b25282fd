package fi.asiointipiste.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A page opened with GET (a link, a bookmark, another site's image tag) must change nothing: every change is a POST
 * of a Faces form, which carries the view state. What a page runs on GET is its f:viewAction; each one below was
 * read and only reads (or audits the read). A new one fails this test until it has been reviewed the same way and
 * added here (docs/security.md, Headers: "No state-changing GET").
 */
class GetRequestsTest {

    private static final Set<String> REVIEWED_READS = Set.of(
            "#{appointmentsBacking.load}",
            "#{auditTrailBacking.load}",
            "#{draftBacking.load}",
            "#{frontDeskBacking.load}",
            "#{independenceBacking.load}",
            "#{kioskBacking.check}",
            "#{pilotBacking.open}",
            "#{pilotReportBacking.load}",
            "#{pilotReportBacking.loadForPrint}",
            "#{profileBacking.load}",
            "#{queueBacking.open(frontDeskBacking.pointId, frontDeskBacking.today)}",
            "#{ruleDiffBacking.load}",
            "#{ruleSetBacking.load}",
            "#{secondFactorBacking.load}",
            "#{servicePointBacking.load}",
            "#{staffUserBacking.load}",
            "#{statisticsBacking.load(statisticsView)}",
            "#{summaryBacking.load}",
            "#{testCasesBacking.load}",
            "#{visitBacking.load}");

    @Test
    void everyActionAPageRunsOnGetIsAReviewedRead() throws IOException {
        Pattern viewAction = Pattern.compile("<f:viewAction\\s+action=\"([^\"]+)\"");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher m = viewAction.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        assertThat(found).isEqualTo(new TreeSet<>(REVIEWED_READS));
    }
}
