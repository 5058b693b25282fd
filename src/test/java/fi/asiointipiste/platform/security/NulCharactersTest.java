package fi.asiointipiste.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NulCharactersTest {

    @Test
    void aNulInAnyValueOrNameOfTheSubmittedFormIsFound() {
        assertThat(NulCharacters.anyNul(Map.of("form:name", new String[] {"Tiski\u0000Yksi"})))
                .isTrue();
        assertThat(NulCharacters.anyNul(Map.of("form:tags", new String[] {"ok", "\u0000"})))
                .isTrue();
        assertThat(NulCharacters.anyNul(Map.of("form:\u0000", new String[] {"ok"})))
                .isTrue();
    }

    @Test
    void ordinaryFormsPass() {
        assertThat(NulCharacters.anyNul(Map.of(
                        "form:name", new String[] {"Tiski Yksi åäö \u200B"},
                        "form:empty", new String[] {""},
                        "jakarta.faces.ViewState", new String[] {"-123:456"})))
                .isFalse();
        assertThat(NulCharacters.anyNul(Map.of())).isFalse();
    }
}
