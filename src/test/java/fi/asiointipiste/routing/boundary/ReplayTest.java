package fi.asiointipiste.routing.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.routing.engine.VisitGenerator;
import fi.asiointipiste.routing.engine.compile.CompiledTable;
import fi.asiointipiste.routing.engine.compile.Decision;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import fi.asiointipiste.routing.engine.dmn.DmnReader;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.RuleTable;
import fi.asiointipiste.routing.entity.SupportLevel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fast replay of stored facts decides exactly as deciding the parsed facts does. */
class ReplayTest {

    static String seed() {
        try (InputStream in = ReplayTest.class.getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private final CompiledTable table = TableCompiler.compile(DmnReader.readString(seed()));
    private final Replay replay = new Replay(table);

    @Test
    void decidesTenThousandStoredFactsAsTheParsedFactsAreDecided() {
        VisitGenerator visits = new VisitGenerator(42);
        int decided = 0;
        for (int i = 0; i < 10_000; i++) {
            Map<String, Object> v = new LinkedHashMap<>(visits.next());
            if (i % 7 == 0) {
                v.put("age", null);
            }
            if (i % 11 == 0) {
                v.put("strongEid", null);
            }
            String stored = RoutingFacts.of(v).toText();
            Decision expected = table.decide(RoutingFacts.parse(stored).values());
            boolean ok = replay.decide(stored);
            if (expected.isError() || expected.matchCount() == 0) {
                assertThat(ok).as(stored).isFalse();
                assertThat(replay.problem())
                        .isEqualTo(expected.isError() ? expected.error().code() : "NO_MATCH");
            } else {
                assertThat(ok).as(stored).isTrue();
                assertThat(replay.ruleId()).as(stored).isEqualTo(expected.matchedRuleId(0));
                assertThat(replay.level().name()).isEqualTo(expected.outputs().get("supportLevel"));
                assertThat(replay.agency())
                        .isEqualTo(String.valueOf(expected.outputs().get("agency")));
                decided++;
            }
        }
        assertThat(decided).isGreaterThan(9_000);
    }

    @Test
    void readsTheWorkshopCaseAndUnknownOrMissingFacts() {
        String pera = RoutingFacts.of(
                        "MULTI_UNSKILLED", "RENTAL_APARTMENT", "MUNICIPALITY", false, "fi", 58, true, false, 0)
                .toText();
        assertThat(replay.decide(pera)).isTrue();
        assertThat(replay.level()).isEqualTo(SupportLevel.FULL_ASSISTANCE);
        assertThat(replay.ruleId()).isEqualTo("housing-multi-unskilled");
        // An extra fact the table does not read is ignored; the same decision.
        assertThat(replay.decide("extra=\"x\";" + pera)).isTrue();
        assertThat(replay.ruleId()).isEqualTo("housing-multi-unskilled");
        // A profile outside the allowed values is the engine's error, not an exception.
        assertThat(replay.decide(pera.replace("MULTI_UNSKILLED", "NOBODY"))).isFalse();
        assertThat(replay.problem()).isEqualTo("INPUT_NOT_ALLOWED");
        assertThat(replay.decide(null)).isFalse();
        assertThat(replay.problem()).isEqualTo("NO_FACTS");
    }

    @Test
    void aStringWithEscapesTakesTheGeneralPathWithTheSameResult() {
        String odd = "note=\"a \\\"quoted\\\" word\";"
                + RoutingFacts.of("SELF_DIRECTED", "TAX_CARD", "TAX", true, "fi", 40, false, false, 0)
                        .toText();
        assertThat(replay.decide(odd)).isTrue();
        assertThat(replay.ruleId()).isEqualTo("self-directed-with-eid");
        // A number where the table expects a boolean: the same type error as the general path.
        String wrong = RoutingFacts.of("SELF_DIRECTED", "TAX_CARD", "TAX", true, "fi", 40, false, false, 0)
                .toText()
                .replace("strongEid=true", "strongEid=1");
        Decision expected = table.decide(RoutingFacts.parse(wrong).values());
        assertThat(replay.decide(wrong)).isFalse();
        assertThat(replay.problem()).isEqualTo(expected.error().code());
    }

    @Test
    void routingRefusesToReplayATableWithoutOneLevelPerDecision() {
        String collect = seed().replace("hitPolicy=\"FIRST\"", "hitPolicy=\"COLLECT\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new Routing().replay(new RuleTable(0, 9, collect, false)))
                .isInstanceOf(RoutingFailed.class)
                .extracting(e -> ((RoutingFailed) e).code())
                .isEqualTo("NOT_REPLAYABLE");
        assertThat(new Routing().replay(new RuleTable(0, 1, seed(), false))).isNotNull();
    }
}
