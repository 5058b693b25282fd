package fi.asiointipiste.rules.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The staff-hour arithmetic with numbers worked out by hand. */
class StaffHoursTest {

    // [current][new]: SELF_SERVICE, GUIDED, FULL_ASSISTANCE
    private static final long[][] MATRIX = {
        {100, 30, 0}, // 30 self-service errands become guided
        {10, 200, 5}, // 10 guided become self-service, 5 full assistance
        {0, 20, 50}
    }; // 20 full assistance become guided

    @Test
    void changedDecisionsTimesTheLevelsDifferenceSpreadOverTheMonths() {
        Double[] minutes = {6.0, 15.0, 40.0};
        // 30 × (15 − 6) + 10 × (6 − 15) + 5 × (40 − 15) + 20 × (15 − 40) = 270 − 90 + 125 − 500 = −195 minutes
        StaffHours.Estimate e = StaffHours.estimate(MATRIX, minutes, 91);
        assertThat(e.minutesChange()).isCloseTo(-195.0, within(1e-9));
        assertThat(e.decisionsEstimated()).isEqualTo(65);
        assertThat(e.decisionsLeftOut()).isZero();
        // −195 min = −3.25 h in 91 days; a month is 30.436875 days: −3.25 / (91 / 30.436875) = −1.08703…
        assertThat(e.hoursPerMonth()).isCloseTo(-1.087031, within(1e-6));
    }

    @Test
    void aLevelWithoutAMeasuredTimeLeavesItsDecisionsOut() {
        Double[] minutes = {6.0, 15.0, null};
        StaffHours.Estimate e = StaffHours.estimate(MATRIX, minutes, 30);
        // only 30 × 9 − 10 × 9 = 180 minutes; the 25 decisions to or from full assistance are left out
        assertThat(e.minutesChange()).isCloseTo(180.0, within(1e-9));
        assertThat(e.decisionsEstimated()).isEqualTo(40);
        assertThat(e.decisionsLeftOut()).isEqualTo(25);
        assertThat(e.hoursPerMonth()).isCloseTo(3.0 * 30.436875 / 30, within(1e-9));
    }

    @Test
    void unchangedDecisionsCostNothingAndAPeriodHasDays() {
        long[][] none = {{5, 0, 0}, {0, 5, 0}, {0, 0, 5}};
        assertThat(StaffHours.estimate(none, new Double[] {1.0, 2.0, 3.0}, 10).minutesChange())
                .isZero();
        assertThatThrownBy(() -> StaffHours.estimate(none, new Double[] {1.0, 2.0, 3.0}, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
