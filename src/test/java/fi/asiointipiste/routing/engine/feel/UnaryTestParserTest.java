package fi.asiointipiste.routing.engine.feel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnaryTestParserTest {

    /** Rows read: cell text, input value (typed by prefix n:/d:/b:/s: or NULL) → matches. */
    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "-; s:KELA; true",
                "-; NULL; true",
                "'\"KELA\"'; s:KELA; true",
                "'\"KELA\"'; s:TAX; false",
                "'\"KELA\"'; NULL; false",
                "'\"A\",\"B\"'; s:B; true",
                "'\"A\",\"B\"'; s:C; false",
                "'not(\"A\")'; s:B; true",
                "'not(\"A\")'; NULL; true",
                "'not(\"A\",\"B\")'; s:B; false",
                "true; b:true; true",
                "true; b:false; false",
                "false; NULL; false",
                "65; n:65; true",
                "65; n:65.0; true",
                "< 65; n:64.9; true",
                "< 65; n:65; false",
                "< 65; NULL; false",
                ">= 18; n:18; true",
                "<= -1; n:-1; true",
                "> -1.5; n:-1; true",
                "[18..64]; n:64; true",
                "[18..64]; n:64.5; false",
                "(0..10]; n:0; false",
                "(0..10]; n:10; true",
                "]0..10[; n:10; false",
                "]0..10[; n:5; true",
                "[1..2); n:2; false",
                "[18..64]; NULL; false",
                "not([18..64]); NULL; true",
                "not(< 65); NULL; true",
                "not(< 65); n:70; true",
                "null; NULL; true",
                "null; n:1; false",
                "not(null); n:1; true",
                "'null, > 5'; NULL; true",
                "'< 0, > 10'; n:11; true",
                "'date(\"2024-01-01\")'; d:2024-01-01; true",
                "'< date(\"2024-01-01\")'; d:2023-12-31; true",
                "'[date(\"2024-01-01\")..date(\"2024-02-01\")]'; d:2024-02-01; true",
                "'\"a\\\"b\"'; s:a\"b; true",
                "'   '; s:x; true"
            })
    void matchesAsDmnSpecifiesAndKieImplements(String text, String value, boolean expected) {
        assertThat(UnaryTestParser.parseInputEntry(text).matches(value(value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "< ; a string, number, boolean or date",
                "[1..; a string, number, boolean or date",
                "[1..5; ']', ')' or '[' closing the interval",
                "[1 5]; '..' between",
                "'\"KELA'; a closing '\"'",
                "'\"A\" \"B\"'; ',' or end of entry",
                "not(\"A\"; at position 7 but found end of entry",
                "KELA; a string, number, boolean or date",
                "'date(\"2024-13-01\")'; a valid date",
                "'\"A\",'; a unary test"
            })
    void syntaxErrorsSayWhatWasExpected(String text, String expected) {
        assertThatThrownBy(() -> UnaryTestParser.parseInputEntry(text))
                .isInstanceOf(FeelSyntaxException.class)
                .hasMessageContaining(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "'\"GUIDED\"'; s:GUIDED",
                "42; n:42",
                "-3.25; n:-3.25",
                "true; b:true",
                "null; NULL",
                "'date(\"2024-05-01\")'; d:2024-05-01"
            })
    void outputLiteralsParseToJavaValues(String text, String value) {
        assertThat(UnaryTestParser.parseLiteral(text)).isEqualTo(value(value));
    }

    static Object value(String v) {
        if (v.equals("NULL")) {
            return null;
        }
        String rest = v.substring(2);
        return switch (v.charAt(0)) {
            case 'n' -> new BigDecimal(rest);
            case 'd' -> LocalDate.parse(rest);
            case 'b' -> Boolean.valueOf(rest);
            default -> rest;
        };
    }
}
