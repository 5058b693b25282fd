package fi.asiointipiste.feedback.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class FeedbackFormsTest {

    @Test
    void theKioskFormTakesOneTouchPerQuestionAndEmptiesForTheNextCustomer() {
        KioskAnswerForm form = new KioskAnswerForm() {};
        form.chooseCes(2);
        form.chooseCes(1);
        form.chooseNps(10);
        form.setComment("Sain apua");
        assertThat(form.getCes()).isEqualTo(1);
        assertThat(form.getNps()).isEqualTo(10);
        assertThat(form.getCesSteps()).first().isEqualTo(1);
        assertThat(form.getNpsSteps()).first().isEqualTo(0);
        form.clear();
        assertThat(form.getCes()).isNull();
        assertThat(form.getNps()).isNull();
        assertThat(form.getComment()).isNull();
    }

    @Test
    void theParkingLotOpensWithNinetyDaysUpToTodayAtEveryPointAndStatus() {
        ParkingLotFilter filter = new ParkingLotFilter() {};
        LocalDate today = LocalDate.of(2026, 3, 31);
        filter.startWithDaysUpTo(today);
        assertThat(filter.getUntil()).isEqualTo(today);
        assertThat(ChronoUnit.DAYS.between(filter.getFrom(), filter.getUntil()) + 1)
                .isEqualTo(90);
        assertThat(filter.getPointId()).isNull();
        assertThat(filter.getStatus()).isNull();
    }
}
