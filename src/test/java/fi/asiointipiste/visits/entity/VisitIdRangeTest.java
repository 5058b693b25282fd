package fi.asiointipiste.visits.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A range of visit ids cut into consecutive parts for reading them side by side. */
class VisitIdRangeTest {

    @Test
    void aRangeIsCutIntoConsecutivePartsOfNearlyEqualWidthThatCoverItExactly() {
        assertThat(new VisitIdRange(1, 40).split(2)).containsExactly(new VisitIdRange(1, 20), new VisitIdRange(21, 40));
        assertThat(new VisitIdRange(5, 15).split(3))
                .containsExactly(new VisitIdRange(5, 8), new VisitIdRange(9, 12), new VisitIdRange(13, 15));
        assertThat(new VisitIdRange(0, 1_010_000).split(2))
                .containsExactly(new VisitIdRange(0, 505_000), new VisitIdRange(505_001, 1_010_000));
        assertThat(new VisitIdRange(7, 7).split(2)).as("fewer ids than parts").containsExactly(new VisitIdRange(7, 7));
        assertThat(new VisitIdRange(7, 8).split(5)).containsExactly(new VisitIdRange(7, 7), new VisitIdRange(8, 8));
        assertThat(VisitIdRange.EMPTY.split(2)).containsExactly(VisitIdRange.EMPTY);
        assertThat(new VisitIdRange(3, 9).split(1)).containsExactly(new VisitIdRange(3, 9));
        assertThatThrownBy(() -> new VisitIdRange(1, 2).split(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void containsItsEndsAndWhatLiesBetween() {
        VisitIdRange r = new VisitIdRange(10, 20);
        assertThat(r.contains(10)).isTrue();
        assertThat(r.contains(20)).isTrue();
        assertThat(r.contains(15)).isTrue();
        assertThat(r.contains(9)).isFalse();
        assertThat(r.contains(21)).isFalse();
        assertThat(VisitIdRange.EMPTY.contains(1)).isFalse();
    }
}
