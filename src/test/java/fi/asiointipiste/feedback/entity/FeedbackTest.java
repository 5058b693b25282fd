package fi.asiointipiste.feedback.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.platform.i18n.RefusedAction;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedbackTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);

    @ParameterizedTest(name = "ces={0}, nps={1} → {2}")
    @CsvSource(
            value = {
                "NULL, NULL, kiosk.answerRequired",
                "0, NULL, kiosk.answerInvalid",
                "6, 9, kiosk.answerInvalid",
                "NULL, -1, kiosk.answerInvalid",
                "3, 11, kiosk.answerInvalid"
            },
            nullValues = "NULL")
    void refusesAnAnswerOffTheScalesOrWithNoAnswerAtAll(Integer ces, Integer nps, String key) {
        assertThatThrownBy(() -> Feedback.answer(1L, 2L, NOW, ces, nps, null))
                .isInstanceOfSatisfying(
                        RefusedAction.class, r -> assertThat(r.key()).isEqualTo(key));
    }

    @Test
    void takesEitherQuestionAloneAtTheEndsOfItsScale() {
        assertThat(Feedback.answer(1L, 2L, NOW, 1, null, null).getCes()).isEqualTo(1);
        assertThat(Feedback.answer(1L, 2L, NOW, 5, null, null).getCes()).isEqualTo(5);
        assertThat(Feedback.answer(1L, 2L, NOW, null, 0, null).getNps()).isZero();
        assertThat(Feedback.answer(1L, 2L, NOW, null, 10, null).getNps()).isEqualTo(10);
    }

    @Test
    void keepsATrimmedCommentOfAtMostAThousandCharacters() {
        assertThat(Feedback.answer(1L, 2L, NOW, 2, 9, "  Sain apua ").getComment())
                .isEqualTo("Sain apua");
        assertThat(Feedback.answer(1L, 2L, NOW, 2, 9, "   ").getComment()).isNull();
        assertThat(Feedback.answer(1L, 2L, NOW, 2, 9, "x".repeat(1000)).getComment())
                .hasSize(1000);
        assertThatThrownBy(() -> Feedback.answer(1L, 2L, NOW, 2, 9, "x".repeat(1001)))
                .isInstanceOfSatisfying(
                        RefusedAction.class, r -> assertThat(r.key()).isEqualTo("kiosk.commentTooLong"));
    }

    @Test
    void theKioskOffersExactlyTheScalesItAccepts() {
        assertThat(Feedback.CES_SCALE).containsExactly(1, 2, 3, 4, 5);
        assertThat(Feedback.NPS_SCALE).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }
}
