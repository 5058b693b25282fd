package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.rules.entity.SuccessCriterion;
import fi.asiointipiste.rules.entity.SuccessCriterion.Direction;
import org.junit.jupiter.api.Test;

/** The verdict of a success measure from its difference in differences and 95 % interval (± 1.96 SE). */
class PilotFiguresTest {

    private static PilotFigures.Verdict verdict(Direction direction, double minimum, double estimate, double se) {
        return PilotFigures.verdict(
                new SuccessCriterion(PilotMeasure.GUIDED_SHARE, direction, minimum), new Difference(estimate, se));
    }

    @Test
    void anIntervalWhollyOnTheWantedSideThatReachesTheMinimumIsMet() {
        // 8 ± 1.96·2 = [4.08, 11.92]
        assertThat(verdict(Direction.INCREASE, 0, 8, 2)).isEqualTo(PilotFigures.Verdict.MET);
        assertThat(verdict(Direction.INCREASE, 5, 8, 2)).isEqualTo(PilotFigures.Verdict.MET);
        assertThat(verdict(Direction.DECREASE, 5, -8, 2)).isEqualTo(PilotFigures.Verdict.MET);
    }

    @Test
    void aRealChangeBelowTheMinimumIsTooSmall() {
        assertThat(verdict(Direction.INCREASE, 10, 8, 2)).isEqualTo(PilotFigures.Verdict.TOO_SMALL);
        assertThat(verdict(Direction.DECREASE, 10, -8, 2)).isEqualTo(PilotFigures.Verdict.TOO_SMALL);
    }

    @Test
    void anIntervalThatIncludesZeroCannotBeToldFromNoise() {
        // 3 ± 1.96·2 = [−0.92, 6.92]
        assertThat(verdict(Direction.INCREASE, 0, 3, 2)).isEqualTo(PilotFigures.Verdict.INCONCLUSIVE);
        assertThat(verdict(Direction.DECREASE, 0, 3, 2)).isEqualTo(PilotFigures.Verdict.INCONCLUSIVE);
    }

    @Test
    void aRealChangeTheOtherWayIsOpposite() {
        assertThat(verdict(Direction.DECREASE, 0, 8, 2)).isEqualTo(PilotFigures.Verdict.OPPOSITE);
        assertThat(verdict(Direction.INCREASE, 0, -8, 2)).isEqualTo(PilotFigures.Verdict.OPPOSITE);
    }

    @Test
    void withoutADifferenceThereIsNoData() {
        assertThat(PilotFigures.verdict(new SuccessCriterion(PilotMeasure.CES, Direction.DECREASE, 0), null))
                .isEqualTo(PilotFigures.Verdict.NO_DATA);
    }
}
