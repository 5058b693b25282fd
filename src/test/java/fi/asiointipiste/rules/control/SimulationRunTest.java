package fi.asiointipiste.rules.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.RuleTable;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.OverrideReason;
import fi.asiointipiste.visits.entity.PastErrand;
import fi.asiointipiste.visits.entity.PastVisit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A simulation counted by hand: a draft that guides contact-seeking customers' Kela errands (instead of the seed's
 * catch-all, which already guides them, and of the seed's full assistance for the multi-unskilled) replayed on
 * five visits.
 */
class SimulationRunTest {

    static String seed() {
        try (InputStream in =
                SimulationRunTest.class.getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seed with housing for the multi-unskilled guided rather than full assistance. */
    static String guidedHousing() {
        return seed().replace(
                        "<outputEntry id=\"housing-multi-unskilled-o1\"><text>\"FULL_ASSISTANCE\"</text>",
                        "<outputEntry id=\"housing-multi-unskilled-o1\"><text>\"GUIDED\"</text>");
    }

    private static final String PERA_RENTAL = RoutingFacts.of(
                    "MULTI_UNSKILLED", "RENTAL_APARTMENT", "MUNICIPALITY", false, "fi", 58, true, false, 0)
            .toText();
    private static final String OUTI_TAX = RoutingFacts.of(
                    "SELF_DIRECTED", "TAX_CARD", "TAX", true, "fi", 34, false, false, 0)
            .toText();
    private static final String NOBODY = PERA_RENTAL.replace("MULTI_UNSKILLED", "NOBODY");

    private long ids = 1;

    private PastErrand errand(
            String task, String agency, String profile, SupportLevel recommended, SupportLevel applied, String facts) {
        return new PastErrand(
                ids++,
                task,
                agency,
                profile,
                recommended,
                applied,
                applied == recommended ? null : OverrideReason.CUSTOMER_WISH,
                1L,
                "rule",
                facts);
    }

    @Test
    void countsChangesMatrixBreakdownsHandlingTimeAndKeepsTheChanges() {
        SimulationTally tally = new SimulationTally();
        SimulationRun run = new SimulationRun(new Routing().replay(new RuleTable(0, 2, guidedHousing(), false)), tally);
        LocalDateTime t = LocalDateTime.of(2026, 9, 1, 9, 0);
        List<PastVisit> visits = new ArrayList<>();
        // 1: Pera's housing (full → guided now) and Outi-like tax errand, 30 minutes: 15 minutes each
        visits.add(new PastVisit(
                1,
                10,
                t,
                30L,
                List.of(
                        errand(
                                "RENTAL_APARTMENT",
                                "MUNICIPALITY",
                                "MULTI_UNSKILLED",
                                SupportLevel.FULL_ASSISTANCE,
                                SupportLevel.FULL_ASSISTANCE,
                                PERA_RENTAL),
                        errand(
                                "TAX_CARD",
                                "TAX",
                                "MULTI_UNSKILLED",
                                SupportLevel.SELF_SERVICE,
                                SupportLevel.SELF_SERVICE,
                                OUTI_TAX))));
        // 2: Pera's housing again, 45 minutes, applied guided by the clerk
        visits.add(new PastVisit(
                2,
                10,
                t.plusDays(1),
                45L,
                List.of(errand(
                        "RENTAL_APARTMENT",
                        "MUNICIPALITY",
                        "MULTI_UNSKILLED",
                        SupportLevel.FULL_ASSISTANCE,
                        SupportLevel.GUIDED,
                        PERA_RENTAL))));
        // 3: Outi's tax card, not served (no handling time)
        visits.add(new PastVisit(
                3,
                11,
                t.plusDays(2),
                null,
                List.of(errand(
                        "TAX_CARD",
                        "TAX",
                        "SELF_DIRECTED",
                        SupportLevel.SELF_SERVICE,
                        SupportLevel.SELF_SERVICE,
                        OUTI_TAX))));
        // 4: an errand without a stored decision, and one the draft cannot decide; 10 minutes
        visits.add(new PastVisit(
                4,
                11,
                t.plusDays(3),
                10L,
                List.of(
                        new PastErrand(
                                ids++, "TAX_CARD", "TAX", null, null, SupportLevel.GUIDED, null, null, null, null),
                        errand(
                                "RENTAL_APARTMENT",
                                "MUNICIPALITY",
                                "NOBODY",
                                SupportLevel.GUIDED,
                                SupportLevel.GUIDED,
                                NOBODY))));
        visits.forEach(v -> assertThat(run.test(v)).isTrue());

        assertThat(tally.visits()).isEqualTo(4);
        assertThat(run.visitsDone()).isEqualTo(4);
        assertThat(tally.errands()).isEqualTo(6);
        assertThat(tally.notStored()).isEqualTo(1);
        assertThat(tally.replayed()).isEqualTo(5);
        assertThat(tally.undecided()).isEqualTo(1);
        assertThat(tally.problems()).containsEntry("INPUT_NOT_ALLOWED", 1L);
        assertThat(tally.changed()).isEqualTo(2);
        assertThat(tally.changedShare()).isCloseTo(0.5, within(1e-9));
        assertThat(tally.count(SupportLevel.FULL_ASSISTANCE, SupportLevel.GUIDED))
                .isEqualTo(2);
        assertThat(tally.count(SupportLevel.SELF_SERVICE, SupportLevel.SELF_SERVICE))
                .isEqualTo(2);
        assertThat(tally.changes()).extracting(SimulationTally.Change::visitId).containsExactly(1L, 2L);
        assertThat(tally.changes().get(0).proposedRule()).isEqualTo("housing-multi-unskilled");
        assertThat(tally.byTask()).first().satisfies(b -> {
            assertThat(b.getKey()).isEqualTo("RENTAL_APARTMENT");
            assertThat(b.getDecisions()).isEqualTo(2);
            assertThat(b.getChanged()).isEqualTo(2);
            assertThat(b.getLighter()).isEqualTo(2);
            assertThat(b.getHeavier()).isZero();
        });
        assertThat(tally.byAgency())
                .extracting(SimulationTally.Breakdown::getKey)
                .containsExactly("MUNICIPALITY", "TAX");

        // Handling time at the applied level, each visit's time shared between its errands:
        // full assistance: visit 1's 15 min; guided: visit 2's 45 and visit 4's 5 + 5 → (45 + 5 + 5) / 3;
        // self-service: visit 1's 15 (visit 3 was not served).
        assertThat(tally.averageMinutes(SupportLevel.FULL_ASSISTANCE)).isCloseTo(15.0, within(1e-9));
        assertThat(tally.averageMinutes(SupportLevel.GUIDED)).isCloseTo(55.0 / 3, within(1e-9));
        assertThat(tally.averageMinutes(SupportLevel.SELF_SERVICE)).isCloseTo(15.0, within(1e-9));
        assertThat(tally.measuredErrands(SupportLevel.GUIDED)).isEqualTo(3);
        // 2 × (55/3 − 15) = 6.67 minutes in 30 days: 0.111 h per 30 days → per month × 30.436875/30
        StaffHours.Estimate e = tally.staffHours(30);
        assertThat(e.minutesChange()).isCloseTo(2 * (55.0 / 3 - 15), within(1e-9));
        assertThat(e.hoursPerMonth())
                .isCloseTo(2 * (55.0 / 3 - 15) / 60 * StaffHours.DAYS_PER_MONTH / 30, within(1e-9));
    }

    @Test
    void aCancelledRunStopsAtTheNextVisitAndKeepsAtMostTheListLimit() {
        SimulationTally tally = new SimulationTally(1);
        SimulationRun run = new SimulationRun(new Routing().replay(new RuleTable(0, 2, guidedHousing(), false)), tally);
        PastVisit pera = new PastVisit(
                1,
                10,
                LocalDateTime.of(2026, 9, 1, 9, 0),
                20L,
                List.of(errand(
                        "RENTAL_APARTMENT",
                        "MUNICIPALITY",
                        "MULTI_UNSKILLED",
                        SupportLevel.FULL_ASSISTANCE,
                        SupportLevel.FULL_ASSISTANCE,
                        PERA_RENTAL)));
        assertThat(run.test(pera)).isTrue();
        assertThat(run.test(pera)).isTrue();
        assertThat(tally.changed()).isEqualTo(2);
        assertThat(tally.changes()).hasSize(1);
        run.cancel();
        assertThat(run.test(pera)).isFalse();
        assertThat(tally.visits()).isEqualTo(2);
    }
}
