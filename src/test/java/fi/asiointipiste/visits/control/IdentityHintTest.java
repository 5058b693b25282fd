package fi.asiointipiste.visits.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityHintTest {

    @ParameterizedTest(name = "''{0}'': ''{1}''")
    @CsvSource({
        ",                ''",
        "Pera,            ''",
        "010150-123,      ''",
        "Pera Monitaido,  ''",
        "010150-123A,     frontDesk.customer.codeValid",
        "' 010150-123A ', frontDesk.customer.codeValid",
        "131052-308X,     frontDesk.customer.codeInvalid",
        "010150-123B,     frontDesk.customer.codeInvalid"
    })
    void aWholeIdentityCodeIsCheckedAsTyped(String query, String hint) {
        assertThat(IdentityHint.of(query)).isEqualTo(hint);
    }
}
