package fi.asiointipiste.visits.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.Visit;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class IntakeAnswersTest {

    @Test
    void theFormStartsFromTheAnswersSavedWithTheVisitAndSuggestsAProfile() {
        Visit visit = new Visit(
                new ServicePoint("P", "Point", "Town"), Channel.WALK_IN, LocalDateTime.of(2026, 11, 23, 9, 0));
        assertThat(new IntakeAnswers(visit).suggestedProfile())
                .as("nothing answered")
                .isNull();

        visit.intake(true, true, "sv", false, true);
        IntakeAnswers answers = new IntakeAnswers(visit);
        assertThat(answers.getLanguage()).isEqualTo("sv");
        assertThat(answers.getFirstVisit()).isTrue();
        assertThat(answers.suggestedProfile()).isEqualTo("SELF_DIRECTED");

        answers.setNeedsInterpreter(true);
        answers.setUsesOnline(false);
        assertThat(answers.suggestedProfile()).isEqualTo("MULTI_UNSKILLED");
        assertThat(visit.getNeedsInterpreter())
                .as("the saved answers change only when saved")
                .isFalse();
    }
}
