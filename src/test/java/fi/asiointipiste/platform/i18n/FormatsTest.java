package fi.asiointipiste.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatsTest {

    private static final LocalDateTime THURSDAY = LocalDateTime.of(2026, 3, 5, 9, 7, 30);

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fi | format.date            | 5.3.2026",
                "fi | format.time            | 09:07",
                "fi | format.dateTime        | 5.3.2026 09:07",
                "fi | format.dateTimeSeconds | 5.3.2026 09:07:30",
                "fi | format.weekdayDateTime | to 5.3. 09:07",
                "sv | format.date            | 5.3.2026",
                "en | format.date            | 5 Mar 2026",
                "en | format.weekdayDateTime | Thu 5 Mar 09:07"
            })
    void printsEachLanguagesOwnWay(String language, String key, String expected) {
        assertThat(Formats.format(THURSDAY, key, Locale.forLanguageTag(language)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void whatIsTypedInTheInputPatternsReadsBackAsTheSameValue(String language) {
        Locale locale = Locale.forLanguageTag(language);
        LocalDate day = LocalDate.of(2026, 11, 28);
        LocalTime time = LocalTime.of(8, 5);
        DateTimeFormatter date = DateTimeFormatter.ofPattern(Formats.pattern("format.input.date", locale), locale);
        DateTimeFormatter clock = DateTimeFormatter.ofPattern(Formats.pattern("format.input.time", locale), locale);
        DateTimeFormatter both = DateTimeFormatter.ofPattern(Formats.pattern("format.input.dateTime", locale), locale);
        assertThat(LocalDate.parse(date.format(day), date)).isEqualTo(day);
        assertThat(LocalTime.parse(clock.format(time), clock)).isEqualTo(time);
        assertThat(LocalDateTime.parse(both.format(day.atTime(time)), both)).isEqualTo(day.atTime(time));
        assertThat(Formats.pattern("format.placeholder.date", locale)).isNotBlank();
    }

    @Test
    void finnishIsTypedAsTheDeskTypesItToday() {
        Locale finnish = Locale.forLanguageTag("fi");
        assertThat(Formats.pattern("format.input.date", finnish)).isEqualTo("d.M.yyyy");
        assertThat(Formats.pattern("format.input.time", finnish)).isEqualTo("H:mm");
        assertThat(Formats.pattern("format.placeholder.date", finnish)).isEqualTo("p.k.vvvv");
        assertThat(Formats.pattern("format.placeholder.time", finnish)).isEqualTo("t:mm");
        assertThat(Formats.format(null, "format.date", finnish)).isEmpty();
    }
}
