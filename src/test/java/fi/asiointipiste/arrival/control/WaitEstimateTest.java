package fi.asiointipiste.arrival.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.arrival.control.WaitEstimate.Desk;
import fi.asiointipiste.arrival.control.WaitEstimate.Job;
import fi.asiointipiste.arrival.control.WaitEstimate.Range;
import fi.asiointipiste.routing.entity.SupportLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WaitEstimateTest {

    private static final Desk FREE = new Desk(null, null, 0);
    private static final Job GUIDED = new Job(List.of(SupportLevel.GUIDED), Set.of());

    private static WaitEstimate.HandlingTimes constant(double minutes) {
        return WaitEstimate.of(
                Map.of(SupportLevel.GUIDED, List.of(minutes), SupportLevel.FULL_ASSISTANCE, List.of(minutes)));
    }

    @Test
    void nobodyAheadAtAFreeDeskMeansUnderFiveMinutes() {
        Range r = WaitEstimate.estimate(List.of(FREE), List.of(), GUIDED, constant(10), 1);
        assertThat(r.low()).isZero();
        assertThat(r.high()).isEqualTo(5);
    }

    @Test
    void theQueueAheadIsSharedByTheServingDesks() {
        assertThat(WaitEstimate.estimate(List.of(FREE), List.of(GUIDED, GUIDED), GUIDED, constant(10), 1))
                .extracting(Range::low, Range::high)
                .containsExactly(20, 25);
        assertThat(WaitEstimate.estimate(List.of(FREE, FREE), List.of(GUIDED, GUIDED, GUIDED), GUIDED, constant(10), 1))
                .as("desk 1 takes the 1st and 3rd, desk 2 the 2nd and is free after 10 min")
                .extracting(Range::low, Range::high)
                .containsExactly(10, 15);
    }

    @Test
    void aTicketWithTwoErrandsTakesBothHandlingTimes() {
        Job twoErrands = new Job(List.of(SupportLevel.GUIDED, SupportLevel.FULL_ASSISTANCE), Set.of());
        assertThat(WaitEstimate.estimate(List.of(FREE), List.of(twoErrands), GUIDED, constant(10), 1))
                .extracting(Range::low, Range::high)
                .containsExactly(20, 25);
    }

    @Test
    void theCustomerAtTheDeskHasOnlyTheRestOfTheirTimeLeft() {
        Desk busy = new Desk(null, List.of(SupportLevel.GUIDED), 4);
        assertThat(WaitEstimate.estimate(List.of(busy), List.of(), GUIDED, constant(10), 1))
                .extracting(Range::low, Range::high)
                .containsExactly(5, 10);
    }

    @Test
    void aTicketOnlyForTheSpecialistWaitsForTheSpecialistsDesk() {
        Desk kelaBusy = new Desk("KELA", List.of(SupportLevel.GUIDED), 0);
        Job kelaOnly = new Job(List.of(SupportLevel.GUIDED), Set.of("KELA"));
        assertThat(WaitEstimate.estimate(List.of(FREE, kelaBusy), List.of(kelaOnly), GUIDED, constant(10), 1))
                .as("the general desk stays free for the newcomer")
                .extracting(Range::low)
                .isEqualTo(0);
        assertThat(WaitEstimate.estimate(List.of(FREE, kelaBusy), List.of(), kelaOnly, constant(10), 1))
                .as("the Kela newcomer waits for the Kela desk")
                .extracting(Range::low, Range::high)
                .containsExactly(10, 15);
    }

    @Test
    void noEstimateWithoutAServingDeskOrWithoutMeasurements() {
        assertThat(WaitEstimate.estimate(List.of(), List.of(), GUIDED, constant(10), 1))
                .isNull();
        assertThat(WaitEstimate.estimate(List.of(FREE), List.of(), GUIDED, WaitEstimate.of(Map.of()), 1))
                .isNull();
    }

    @Test
    void theRangeSpansTheMiddleSixtyPercentOfTheRunsInWholeSteps() {
        List<Double> spread = new ArrayList<>();
        for (int m = 1; m <= 30; m++) {
            spread.add((double) m);
        }
        Collections.shuffle(spread, new java.util.Random(3));
        Range r = WaitEstimate.estimate(
                List.of(FREE), List.of(GUIDED), GUIDED, WaitEstimate.of(Map.of(SupportLevel.GUIDED, spread)), 7);
        assertThat(r.low()).isEqualTo(5);
        assertThat(r.high()).isEqualTo(25);
        assertThat(r.median()).isBetween(13.0, 18.0);
        assertThat(WaitEstimate.range(3.2, 12.7, 8))
                .extracting(Range::low, Range::high)
                .containsExactly(0, 15);
        assertThat(WaitEstimate.range(10, 10, 10))
                .extracting(Range::low, Range::high)
                .containsExactly(10, 15);
    }

    @Test
    void anUnknownLevelDrawsFromAllLevels() {
        WaitEstimate.HandlingTimes times = WaitEstimate.of(Map.of(SupportLevel.SELF_SERVICE, List.of(4.0)));
        Job unknown = new Job(Collections.singletonList(null), Set.of());
        assertThat(WaitEstimate.estimate(List.of(FREE), List.of(unknown), GUIDED, times, 1))
                .extracting(Range::low, Range::high)
                .containsExactly(0, 5);
    }
}
