package fi.asiointipiste.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Date patterns and placeholders come from the bundle through {@link Formats} (or another bundle expression),
 * never as literals in a page or spelled out again in another text, so that every language writes and reads
 * dates its own way and a format changes in one place.
 */
class PageLiteralsTest {

    private static final Pattern LITERAL = Pattern.compile("\\b(pattern|placeholder)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");

    @Test
    void noPageHasALiteralDatePatternOrPlaceholder() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = LITERAL.matcher(lines.get(i));
                    while (m.find()) {
                        String value = m.group(3) != null ? m.group(3) : m.group(4);
                        if (!isExpression(value)) {
                            literals.add(file + ":" + (i + 1) + " " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(literals)
                .as("write #{formats.…} (messages format.*) instead")
                .isEmpty();
    }

    @Test
    void noTextSpellsOutATypedFormatButTakesItFromFormats() {
        List<String> spelled = new ArrayList<>();
        for (String language : List.of("fi", "sv", "en")) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag(language));
            List<String> placeholders = bundle.keySet().stream()
                    .filter(k -> k.startsWith("format.placeholder."))
                    .map(bundle::getString)
                    .toList();
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                if (!key.startsWith("format.") && placeholders.stream().anyMatch(text::contains)) {
                    spelled.add(language + " " + key + "=" + text);
                }
            }
        }
        assertThat(spelled)
                .as("write {0} and fill it with #{formats.placeholder…}")
                .isEmpty();
    }

    @Test
    void anExpressionIsNoLiteralButTextAroundItIs() {
        assertThat(isExpression("#{formats.inputDate}")).isTrue();
        assertThat(isExpression("#{msg['format.placeholder.date']}")).isTrue();
        assertThat(isExpression("d.M.yyyy")).isFalse();
        assertThat(isExpression("")).isFalse();
        assertThat(isExpression("#{formats.inputDate} HH:mm")).isFalse();
        assertThat(isExpression("(#{formats.placeholderDate})")).isFalse();
    }

    /** One EL expression and nothing else: a value that a bundle decides. */
    static boolean isExpression(String value) {
        return value.matches("\\s*[#$]\\{[^{}]*}\\s*");
    }
}
