package fi.asiointipiste.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.platform.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The problem document's language (its JSON is checked by the recorded outage run, src/test/ops/db-outage.sh). */
class UnavailableProblemTest {

    @Test
    void speaksTheFirstOfTheCallersLanguagesThatWeHave() {
        assertThat(UnavailableProblem.of(List.of(Locale.forLanguageTag("de"), Locale.forLanguageTag("en-GB")))
                        .locale())
                .isEqualTo(Locale.forLanguageTag("en"));
        assertThat(UnavailableProblem.of(List.of(Locale.forLanguageTag("sv-FI")))
                        .locale())
                .isEqualTo(Locale.forLanguageTag("sv"));
        assertThat(UnavailableProblem.of(List.of()).locale())
                .as("Finnish by default")
                .isEqualTo(Locale.forLanguageTag("fi"));
    }

    @Test
    void itsDetailIsTranslated() {
        assertThat(Messages.text(Locale.forLanguageTag("en"), "error.503.text"))
                .startsWith("The database cannot be reached right now.");
        assertThat(Messages.text(Locale.forLanguageTag("sv"), "error.503.text"))
                .startsWith("Det går inte att nå databasen");
        assertThat(Messages.text(Locale.forLanguageTag("fi"), "error.503.text"))
                .startsWith("Tietokantaan ei juuri nyt saada yhteyttä.");
    }
}
