package fi.asiointipiste.routing.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleRationaleTest {

    private static final String SEED = "Complete the TE errand together with TE staff.";

    @Test
    void anUnchangedSeedRuleSpeaksTheClerksLanguage() {
        Map<String, Object> outputs = Map.of("rationale", SEED);
        assertThat(RuleRationale.in(Locale.forLanguageTag("fi"), "te-multi-unskilled", outputs))
                .isEqualTo("Hoitakaa TE-asia yhdessä TE-palvelujen työntekijän kanssa.");
        assertThat(RuleRationale.in(Locale.forLanguageTag("sv"), "te-multi-unskilled", outputs))
                .isEqualTo("Sköt TE-ärendet tillsammans med TE-tjänsternas personal.");
        assertThat(RuleRationale.in(Locale.ENGLISH, "te-multi-unskilled", outputs))
                .isEqualTo(SEED);
    }

    @Test
    void aRuleWhoseTextWasEditedKeepsItsOwnWordsRatherThanAStaleTranslation() {
        Map<String, Object> outputs = Map.of("rationale", "Call the TE youth team first.");
        assertThat(RuleRationale.in(Locale.forLanguageTag("fi"), "te-multi-unskilled", outputs))
                .isEqualTo("Call the TE youth team first.");
    }

    @Test
    void anImportedRuleSetsOwnLanguageColumnsComeFirst() {
        Map<String, Object> outputs = Map.of(
                "rationale",
                "Guide at the desk.",
                "rationale_sv",
                "Handled vid disken.",
                "rationale_fi",
                "Ohjaa palvelupisteessä.");
        assertThat(RuleRationale.in(Locale.forLanguageTag("sv"), "imported-rule-7", outputs))
                .isEqualTo("Handled vid disken.");
        assertThat(RuleRationale.in(Locale.forLanguageTag("fi"), "imported-rule-7", outputs))
                .isEqualTo("Ohjaa palvelupisteessä.");
        assertThat(RuleRationale.in(Locale.ENGLISH, "imported-rule-7", outputs)).isEqualTo("Guide at the desk.");
    }

    @Test
    void aRuleWithoutRationaleShowsNothing() {
        assertThat(RuleRationale.in(Locale.forLanguageTag("fi"), "x", Map.of())).isEmpty();
    }
}
