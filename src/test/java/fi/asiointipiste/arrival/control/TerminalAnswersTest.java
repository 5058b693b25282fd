package fi.asiointipiste.arrival.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalAnswersTest {

    @Test
    void theChosenCodesKeepTheirOrderWithoutBlanksSpacesOrRepeats() {
        assertThat(TerminalAnswers.codes("HOUSING, KELA_SICKNESS,,HOUSING , "))
                .containsExactly("HOUSING", "KELA_SICKNESS");
        assertThat(TerminalAnswers.codes("")).isEmpty();
        assertThat(TerminalAnswers.codes(null)).isEmpty();
    }

    @Test
    void onlyYesAndNoAnswerTheEidQuestion() {
        assertThat(TerminalAnswers.strongEid("yes")).isTrue();
        assertThat(TerminalAnswers.strongEid("no")).isFalse();
        assertThat(TerminalAnswers.strongEid("unknown")).isNull();
        assertThat(TerminalAnswers.strongEid(null)).isNull();
        assertThat(TerminalAnswers.strongEid("YES")).isNull();
    }
}
