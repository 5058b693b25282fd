package fi.asiointipiste.rules.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PublicationFormTest {

    private final PublicationForm form = new PublicationForm() {};

    @Test
    void proposesAWholeMinuteAFewMinutesAheadForAllPoints() {
        form.proposeStart(LocalDateTime.of(2026, 3, 2, 9, 58, 41, 500));
        assertThat(form.getEffectiveFrom()).isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 3));
        assertThat(form.isAllPoints()).isTrue();
        assertThat(form.getPilotPointIds()).isEmpty();
    }

    @Test
    void keepsTheStartTheCoordinatorChose() {
        LocalDateTime chosen = LocalDateTime.of(2026, 4, 1, 8, 0);
        form.setEffectiveFrom(chosen);
        form.proposeStart(LocalDateTime.of(2026, 3, 2, 9, 58));
        assertThat(form.getEffectiveFrom()).isEqualTo(chosen);
    }

    @Test
    void nowMeansNowAndALaterTimeMeansThatTime() {
        LocalDateTime now = LocalDateTime.of(2026, 3, 2, 9, 58, 41);
        form.proposeStart(now);
        assertThat(form.isNow()).as("publishing now is the default").isTrue();
        assertThat(form.effectiveFrom(now)).isEqualTo(now);
        form.setNow(false);
        assertThat(form.effectiveFrom(now)).isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 3));
        assertThat(form.noteOr("the draft's note")).isEqualTo("the draft's note");
        form.setNote("  Pilot at two points  ");
        assertThat(form.noteOr("the draft's note")).isEqualTo("Pilot at two points");
    }
}
