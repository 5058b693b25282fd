package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverrideTablesTest {

    /** Rule set, rule, reason, errand, profile (0: none), recommended, applied, overridden, CES answers, CES sum. */
    private static OverrideTables.Sums sums() {
        OverrideTables.Sums sums = new OverrideTables.Sums();
        sums.add(new Object[] {3L, "r12", "CUSTOMER_WISH", 7L, 2L, "GUIDED", "FULL_ASSISTANCE", 4L, 2L, 6L});
        sums.add(new Object[] {3, "r12", "OTHER", 8L, 0L, "GUIDED", "SELF_SERVICE", 3L, 1L, 5L});
        sums.add(new Object[] {3L, "r7", "OTHER", 7L, 2L, "GUIDED", "FULL_ASSISTANCE", 7L, 0L, 0L});
        sums.add(new Object[] {0L, "-", "CUSTOMER_WISH", 9L, 0L, "SELF_SERVICE", "GUIDED", 1L, 1L, 2L});
        return sums;
    }

    @Test
    void rulesComeMostOverriddenFirstTiesInAFixedOrderEachDrillingDownBySetAndRule() {
        TableData t = sums().rules(Map.of(3L, "2"));
        assertThat(t.getRows())
                .containsExactly(
                        Arrays.asList("v2", "r12", 7L, 11.0 / 3),
                        Arrays.asList("v2", "r7", 7L, null),
                        Arrays.asList("v0", "-", 1L, 2.0));
        assertThat(List.of(t.drillOf(0), t.drillOf(1), t.drillOf(2))).containsExactly("3:r12", "3:r7", "0:-");
    }

    @Test
    void reasonsSumEveryRuleAndErrand() {
        assertThat(sums().reasons().getRows())
                .containsExactly(
                        Arrays.asList("OverrideReason.OTHER", 10L, 5.0),
                        Arrays.asList("OverrideReason.CUSTOMER_WISH", 5L, 8.0 / 3));
    }

    @Test
    void errandsByProfileAndLevelPairNameTheErrandAndShowADashWithoutAProfile() {
        TableData t = sums().byTaskAndProfile(
                        Map.of(7L, "Asumistuki", 8L, "Verokortti", 9L, "Muutto"), Map.of(2L, "Itsenäinen"));
        assertThat(t.getRows())
                .containsExactly(
                        Arrays.asList(
                                "Asumistuki",
                                "Itsenäinen",
                                "SupportLevel.GUIDED",
                                "SupportLevel.FULL_ASSISTANCE",
                                11L,
                                3.0),
                        Arrays.asList("Verokortti", "–", "SupportLevel.GUIDED", "SupportLevel.SELF_SERVICE", 3L, 5.0),
                        Arrays.asList("Muutto", "–", "SupportLevel.SELF_SERVICE", "SupportLevel.GUIDED", 1L, 2.0));
    }
}
