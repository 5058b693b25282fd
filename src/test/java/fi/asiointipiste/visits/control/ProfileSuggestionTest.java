package fi.asiointipiste.visits.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileSuggestionTest {

    @ParameterizedTest(name = "strong e-ID {0}, online {1}, interpreter {2} → {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                "true,  true,  false, SELF_DIRECTED",
                "true,  true,  null,  SELF_DIRECTED",
                "false, false, false, MULTI_UNSKILLED",
                "false, true,  true,  MULTI_UNSKILLED",
                "true,  false, true,  MULTI_UNSKILLED",
                "null,  false, null,  MULTI_UNSKILLED",
                "true,  false, false, CONTACT_SEEKING",
                "true,  true,  true,  CONTACT_SEEKING",
                "false, true,  false, CONTACT_SEEKING",
                "null,  null,  null,  null"
            })
    void suggestsTheProfileFromTheIntakeAnswers(
            Boolean strongEid, Boolean online, Boolean interpreter, String expected) {
        assertThat(ProfileSuggestion.suggest(strongEid, online, interpreter)).isEqualTo(expected);
    }
}
