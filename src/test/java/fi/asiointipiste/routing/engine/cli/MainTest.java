package fi.asiointipiste.routing.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.routing.engine.VisitGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path seed() throws IOException {
        Path p = dir.resolve("seed.dmn");
        if (Files.exists(p)) {
            return p;
        }
        try (InputStream in = getClass().getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn")) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void simulateWritesOneDecisionPerVisitAndErrorsAsRows() throws IOException {
        Path visits = dir.resolve("visits.csv");
        Files.writeString(
                visits,
                String.join(
                        "\r\n",
                        "id,profile,task,taskAgency,strongEid,language,age,firstVisit,needsInterpreter,visitsLast90Days",
                        "v1,MULTI_UNSKILLED,RENTAL_APARTMENT,MUNICIPALITY,false,fi,40,false,false,0",
                        "\"v,2\",SELF_DIRECTED,TAX_CARD,TAX,true,fi,,false,false,",
                        "v3,SELF_DIRECTED,TAX_CARD,TAX,true,fi,forty,false,false,0",
                        "v4,NOBODY,TAX_CARD,TAX,true,fi,40,false,false,0",
                        "v5,SELF_DIRECTED,TAX_CARD",
                        ""));
        Path decisions = dir.resolve("decisions.csv");
        int code = run(
                "simulate", "--rules", seed().toString(), "--visits", visits.toString(), "--out", decisions.toString());
        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(decisions);
        assertThat(lines.get(0)).isEqualTo("id,supportLevel,agency,mode,flow,rationale,matchedRules,error");
        assertThat(lines.get(1))
                .startsWith("v1,FULL_ASSISTANCE,MUNICIPALITY,ON_SITE_SPECIALIST,full-assistance-housing,")
                .endsWith(",housing-multi-unskilled,");
        assertThat(lines.get(2)).startsWith("\"v,2\",SELF_SERVICE,NONE,AT_DESK,online-with-pointer,");
        assertThat(lines.get(3)).startsWith("v3,,,,,,,").contains("INPUT_TYPE: Input 'age' expects a number");
        assertThat(lines.get(4)).startsWith("v4,,,,,,,").contains("INPUT_NOT_ALLOWED");
        assertThat(lines.get(5)).startsWith("v5,").contains("CSV_FIELDS");
        assertThat(lines).hasSize(6);
        String stats = err.toString(StandardCharsets.UTF_8);
        assertThat(stats)
                .contains("rows read: 5")
                .contains("decisions by supportLevel: {FULL_ASSISTANCE=1, SELF_SERVICE=1}")
                .contains("errors: {CSV_FIELDS=1, INPUT_NOT_ALLOWED=1, INPUT_TYPE=1}")
                .contains("evaluation time:");
    }

    @Test
    void simulateAgreesWithTheApiOnGeneratedVisits() throws IOException {
        VisitGenerator gen = new VisitGenerator(7);
        StringBuilder csv = new StringBuilder("id," + String.join(",", VisitGenerator.INPUTS) + "\n");
        for (int i = 0; i < 2000; i++) {
            csv.append(VisitGenerator.csvLine(i, gen.next())).append('\n');
        }
        Path visits = Files.writeString(dir.resolve("v.csv"), csv);
        Path decisions = dir.resolve("d.csv");
        assertThat(run(
                        "simulate",
                        "--rules",
                        seed().toString(),
                        "--visits",
                        visits.toString(),
                        "--out",
                        decisions.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(decisions);
        assertThat(lines).hasSize(2001);
        assertThat(lines.stream().skip(1).filter(l -> l.endsWith(","))).hasSize(2000);
    }

    @Test
    void validatePrintsAnalysisAndFailsOnErrors() throws IOException {
        assertThat(run("validate", "--rules", seed().toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("32 rules").contains("OK: no errors or warnings");
        Path gappy = dir.resolve("gappy.dmn");
        Files.writeString(
                gappy,
                Files.readString(seed())
                        .replace(
                                "<text>\"CONTACT_SEEKING\"</text></inputEntry>\n"
                                        + "        <inputEntry id=\"contact-seeking-i2\">",
                                "<text>\"NONE\"</text></inputEntry>\n"
                                        + "        <inputEntry id=\"contact-seeking-i2\">"));
        assertThat(run("validate", "--rules", gappy.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ERROR VALUE_NOT_ALLOWED");
    }

    @Test
    void explainPrintsSelectedRuleAndNearMisses() throws IOException {
        int code = run(
                "explain",
                "--rules",
                seed().toString(),
                "--facts",
                "profile=SELF_DIRECTED,task=TAX_CARD,taskAgency=TAX,strongEid=false,language=fi,age=40,"
                        + "firstVisit=false,needsInterpreter=false,visitsLast90Days=0");
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Selected rules: tax-without-eid")
                .contains("rule self-directed-with-eid would apply if strongEid were true");
    }

    /** Rows: arguments → exit code and stderr text. */
    @ParameterizedTest(name = "args [{0}] exit {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "''; 2; Usage:",
                "frobnicate; 2; unknown command",
                "simulate --rules; 2; needs a value",
                "validate; 2; missing option --rules",
                "validate --rules /nonexistent.dmn; 2; rules file not found",
                "explain --rules SEED --facts colour=blue; 2; unknown fact 'colour'",
                "validate --bogus x; 2; unknown option"
            })
    void badArgumentsGiveUsageAndExitStatusTwo(String args, int code, String message) throws IOException {
        String seed = seed().toString();
        String[] argv =
                args.isEmpty() ? new String[0] : args.replace("SEED", seed).split(" ");
        assertThat(run(argv)).isEqualTo(code);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(message);
    }
}
