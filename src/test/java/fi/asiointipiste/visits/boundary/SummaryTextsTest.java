package fi.asiointipiste.visits.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.visits.entity.TaskOutcome;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The printout's "what happens next" has texts for every agency and outcome, and notes never carry an identity code. */
class SummaryTextsTest {

    private static final List<String> AGENCIES = List.of("KELA", "TE_SERVICES", "MUNICIPALITY", "DVV", "TAX", "POLICE");

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void everyAgencyHasNextStepsForEveryOutcomeAndContacts(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag(language));
        Set<String> missing = new TreeSet<>();
        for (String agency : AGENCIES) {
            for (TaskOutcome outcome : TaskOutcome.values()) {
                for (String kind : List.of("next", "yours")) {
                    String key = "summary." + kind + "." + agency + "." + outcome;
                    if (!bundle.containsKey(key) || bundle.getString(key).isBlank()) {
                        missing.add(key);
                    }
                }
            }
            if (!bundle.containsKey("summary.contact." + agency)) {
                missing.add("summary.contact." + agency);
            }
        }
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void noTextInventsAPhoneNumber(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag(language));
        assertThat(bundle.keySet().stream().filter(k -> k.startsWith("summary."))
                .filter(k -> bundle.getString(k).matches(".*\\d{3}[ -]?\\d{3,}.*"))).isEmpty();
    }

    @Test
    void aNoteShapedLikeAnIdentityCodeIsRefused() {
        assertThat(Appointments.looksIdentifying("hetu 010150-123A")).isTrue();
        assertThat(Appointments.looksIdentifying("born 131052A308T")).isTrue();
        assertThat(Appointments.looksIdentifying("Tulee tyttären kanssa klo 10")).isFalse();
    }
}
