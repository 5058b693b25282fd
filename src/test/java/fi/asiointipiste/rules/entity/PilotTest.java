package fi.asiointipiste.rules.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.rules.entity.SuccessCriterion.Direction;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pilot's own rules: points, period, measures and the scope of the rule set it tries. */
class PilotTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final LocalDate END = LocalDate.of(2026, 6, 30);
    private static final ServicePoint PIELAVESI = point(1, "PIELAVESI", "Pielavesi");
    private static final ServicePoint KEITELE = point(2, "KEITELE", "Keitele");
    private static final ServicePoint TERVO = point(3, "TERVO", "Tervo");
    private static final ServicePoint VESANTO = point(4, "VESANTO", "Vesanto");
    private static final List<SuccessCriterion> GUIDED_UP =
            List.of(new SuccessCriterion(PilotMeasure.GUIDED_SHARE, Direction.INCREASE, 3));

    private static ServicePoint point(long id, String code, String municipality) {
        ServicePoint point = new ServicePoint(code, municipality + " asiointipiste", municipality);
        try {
            Field field = ServicePoint.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(point, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return point;
    }

    private static RuleSet draft() {
        return new RuleSet(
                "Pilot rules", 2, "<dmn/>", "coordinator", "Kela errands guided", LocalDateTime.of(2026, 2, 1, 9, 0));
    }

    private static RuleSet publishedTo(List<ServicePoint> points) {
        RuleSet set = draft();
        set.publish("coordinator", LocalDateTime.of(2026, 2, 20, 9, 0), START.atStartOfDay(), points.isEmpty(), points);
        return set;
    }

    private static Pilot pilot(
            RuleSet set,
            List<ServicePoint> pilots,
            List<ServicePoint> comparisons,
            LocalDate from,
            LocalDate until,
            List<SuccessCriterion> criteria) {
        return new Pilot(
                "Kela guided",
                "Guided Kela errands lighten the desk",
                set,
                pilots,
                comparisons,
                from,
                until,
                criteria,
                "coordinator",
                LocalDateTime.of(2026, 2, 21, 10, 0));
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (PilotRejected e) {
            assertThat(e.status()).isEqualTo(422);
            return e.key();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aPilotOfAPublishedSetAtItsPointsWithOthersForComparison() {
        Pilot p = pilot(
                publishedTo(List.of(KEITELE, TERVO)),
                List.of(TERVO, KEITELE),
                List.of(PIELAVESI, VESANTO),
                START,
                END,
                GUIDED_UP);
        assertThat(p.getPilotPoints()).containsExactly(KEITELE, TERVO);
        assertThat(p.getComparisonPoints()).containsExactly(PIELAVESI, VESANTO);
        assertThat(p.allPoints()).containsExactlyInAnyOrder(PIELAVESI, KEITELE, TERVO, VESANTO);
        assertThat(p.getCriteria())
                .containsExactly(new SuccessCriterion(PilotMeasure.GUIDED_SHARE, Direction.INCREASE, 3));
        assertThat(p.statusOn(START.minusDays(1))).isEqualTo(PilotStatus.PLANNED);
        assertThat(p.statusOn(START)).isEqualTo(PilotStatus.RUNNING);
        assertThat(p.statusOn(END)).isEqualTo(PilotStatus.RUNNING);
        assertThat(p.statusOn(END.plusDays(1))).isEqualTo(PilotStatus.FINISHED);
    }

    @Test
    void pointsMustBeChosenAndNoPointCanBeBoth() {
        assertThat(refusal(() -> pilot(draft(), List.of(), List.of(VESANTO), START, END, GUIDED_UP)))
                .isEqualTo("pilots.error.pilotPoints");
        assertThat(refusal(() -> pilot(draft(), List.of(TERVO), List.of(), START, END, GUIDED_UP)))
                .isEqualTo("pilots.error.comparisonPoints");
        assertThat(refusal(() -> pilot(draft(), List.of(TERVO), List.of(TERVO, VESANTO), START, END, GUIDED_UP)))
                .isEqualTo("pilots.error.pointInBoth");
    }

    @Test
    void thePeriodMustRunForwardAndNotTooLong() {
        assertThat(refusal(
                        () -> pilot(draft(), List.of(TERVO), List.of(VESANTO), START, START.minusDays(1), GUIDED_UP)))
                .isEqualTo("pilots.error.period");
        assertThat(refusal(() -> pilot(draft(), List.of(TERVO), List.of(VESANTO), null, END, GUIDED_UP)))
                .isEqualTo("pilots.error.period");
        assertThat(refusal(() -> pilot(
                        draft(), List.of(TERVO), List.of(VESANTO), START, START.plusDays(Pilot.MAX_DAYS), GUIDED_UP)))
                .isEqualTo("pilots.error.periodTooLong");
        assertThat(pilot(draft(), List.of(TERVO), List.of(VESANTO), START, START, GUIDED_UP)
                        .getEndsOn())
                .isEqualTo(START);
    }

    @Test
    void measuresDecideSuccessEachOnce() {
        assertThat(refusal(() -> pilot(draft(), List.of(TERVO), List.of(VESANTO), START, END, List.of())))
                .isEqualTo("pilots.error.noCriteria");
        assertThat(refusal(() -> pilot(
                        draft(),
                        List.of(TERVO),
                        List.of(VESANTO),
                        START,
                        END,
                        List.of(
                                new SuccessCriterion(PilotMeasure.CES, Direction.DECREASE, 0),
                                new SuccessCriterion(PilotMeasure.CES, Direction.INCREASE, 0)))))
                .isEqualTo("pilots.error.duplicateMeasure");
        assertThat(refusal(() -> new SuccessCriterion(PilotMeasure.CES, Direction.DECREASE, -1)))
                .isEqualTo("pilots.error.minimumChange");
        assertThat(refusal(() -> new SuccessCriterion(PilotMeasure.CES, null, 0)))
                .isEqualTo("pilots.error.criterion");
        assertThat(new SuccessCriterion(PilotMeasure.CES, Direction.DECREASE, 0).towardsGoal(-0.4))
                .isEqualTo(0.4);
    }

    @Test
    void aNameAHypothesisAndARuleSetAreNeeded() {
        assertThat(refusal(() -> new Pilot(
                        " ",
                        "h",
                        draft(),
                        List.of(TERVO),
                        List.of(VESANTO),
                        START,
                        END,
                        GUIDED_UP,
                        "c",
                        LocalDateTime.now())))
                .isEqualTo("pilots.error.name");
        assertThat(refusal(() -> new Pilot(
                        "n",
                        null,
                        draft(),
                        List.of(TERVO),
                        List.of(VESANTO),
                        START,
                        END,
                        GUIDED_UP,
                        "c",
                        LocalDateTime.now())))
                .isEqualTo("pilots.error.hypothesis");
        assertThat(refusal(() -> new Pilot(
                        "n",
                        "h",
                        null,
                        List.of(TERVO),
                        List.of(VESANTO),
                        START,
                        END,
                        GUIDED_UP,
                        "c",
                        LocalDateTime.now())))
                .isEqualTo("pilots.error.ruleSet");
    }

    @Test
    void aPublishedSetMustApplyAtThePilotPointsAndNotAtTheComparisonPoints() {
        RuleSet atTervo = publishedTo(List.of(TERVO));
        assertThat(refusal(() -> pilot(atTervo, List.of(TERVO, KEITELE), List.of(VESANTO), START, END, GUIDED_UP)))
                .isEqualTo("pilots.error.pilotPointOutsideScope");
        RuleSet atTervoAndVesanto = publishedTo(List.of(TERVO, VESANTO));
        assertThat(refusal(() -> pilot(atTervoAndVesanto, List.of(TERVO), List.of(VESANTO), START, END, GUIDED_UP)))
                .isEqualTo("pilots.error.comparisonInScope");
        assertThat(refusal(
                        () -> pilot(publishedTo(List.of()), List.of(TERVO), List.of(VESANTO), START, END, GUIDED_UP)))
                .isEqualTo("pilots.error.setAtAllPoints");
    }

    @Test
    void aChangeThatBreaksARuleLeavesThePilotAsItWas() {
        Pilot p = pilot(draft(), List.of(TERVO), List.of(VESANTO), START, END, GUIDED_UP);
        assertThatThrownBy(
                        () -> p.change("New name", "h", draft(), List.of(TERVO), List.of(TERVO), START, END, GUIDED_UP))
                .isInstanceOf(PilotRejected.class);
        assertThat(p.getName()).isEqualTo("Kela guided");
        assertThat(p.getComparisonPoints()).containsExactly(VESANTO);
    }
}
