package fi.asiointipiste.arrival.control;

import static fi.asiointipiste.routing.entity.SupportLevel.FULL_ASSISTANCE;
import static fi.asiointipiste.routing.entity.SupportLevel.GUIDED;
import static fi.asiointipiste.routing.entity.SupportLevel.SELF_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.routing.entity.SupportLevel;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotLengthTest {

    @Test
    void aFullAssistanceErrandGetsALongerTimeThanAGuidedOrSelfServiceOne() {
        assertThat(SlotLength.minutes(List.of(SELF_SERVICE), false)).isEqualTo(15);
        assertThat(SlotLength.minutes(List.of(GUIDED), false)).isEqualTo(30);
        assertThat(SlotLength.minutes(List.of(FULL_ASSISTANCE), false)).isEqualTo(45);
    }

    @Test
    void errandsAddUpAndRoundUpToTheGrid() {
        // 10 + 20 = 30 exactly; 20 + 40 = 60; 10 + 10 + 40 = 60
        assertThat(SlotLength.minutes(List.of(SELF_SERVICE, GUIDED), false)).isEqualTo(30);
        assertThat(SlotLength.minutes(List.of(GUIDED, FULL_ASSISTANCE), false)).isEqualTo(60);
        assertThat(SlotLength.minutes(List.of(SELF_SERVICE, SELF_SERVICE, FULL_ASSISTANCE), false))
                .isEqualTo(60);
    }

    @Test
    void anInterpreterAddsAQuarterOfAnHour() {
        assertThat(SlotLength.minutes(List.of(GUIDED), true)).isEqualTo(45);
        assertThat(SlotLength.minutes(List.of(SELF_SERVICE), true)).isEqualTo(30);
    }

    @Test
    void anErrandTheEngineCannotRouteCountsAsGuided() {
        assertThat(SlotLength.minutesOf(null)).isEqualTo(SlotLength.minutesOf(GUIDED));
        assertThat(SlotLength.minutes(Arrays.asList((SupportLevel) null), false))
                .isEqualTo(30);
    }

    @Test
    void manyErrandsAreCappedAtTwoHours() {
        assertThat(SlotLength.minutes(Collections.nCopies(5, FULL_ASSISTANCE), true))
                .isEqualTo(120);
    }

    @Test
    void noErrandIsNoTime() {
        assertThatThrownBy(() -> SlotLength.minutes(List.of(), false)).isInstanceOf(IllegalArgumentException.class);
    }
}
