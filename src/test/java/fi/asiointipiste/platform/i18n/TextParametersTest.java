package fi.asiointipiste.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sentences with values in them are whole texts in every language: each h:outputFormat key takes as many
 * parameters as the page gives it, and each text filled by .replace('{0}', ...) (or by a:dateInput with its
 * placeholder) has its {0}.
 */
class TextParametersTest {

    private static final Pattern OUTPUT_FORMAT = Pattern.compile(
            "<h:outputFormat\\b[^>]*?value=\"#\\{msg\\['([^']+)'\\]\\}\"[^>]*>(.*?)</h:outputFormat>", Pattern.DOTALL);
    private static final Pattern REPLACED = Pattern.compile(
            "msg\\['([^']+)'\\]\\.replace\\('\\{0\\}'|<a:dateInput\\b[^>]*invalid=\"#\\{msg\\['([^']+)'\\]\\}\"");
    private static final List<Locale> LANGUAGES =
            Stream.of("fi", "sv", "en").map(Locale::forLanguageTag).toList();

    @Test
    void everyLanguageTakesTheParametersThePageGives() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Path page : pages()) {
            Matcher m = OUTPUT_FORMAT.matcher(Files.readString(page));
            while (m.find()) {
                int given = m.group(2).split("<f:param\\b", -1).length - 1;
                for (Locale language : LANGUAGES) {
                    String text =
                            ResourceBundle.getBundle(Messages.BUNDLE, language).getString(m.group(1));
                    int taken = new MessageFormat(text, language).getFormatsByArgumentIndex().length;
                    if (taken != given) {
                        wrong.add(page.getFileName() + " " + m.group(1) + " (" + language + "): " + taken + " ≠ "
                                + given);
                    }
                }
                checked++;
            }
        }
        assertThat(checked).isPositive();
        assertThat(wrong).isEmpty();
    }

    @Test
    void aTextFilledInAnAttributeHasItsPlaceholderInEveryLanguage() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path page : pages()) {
            Matcher m = REPLACED.matcher(Files.readString(page));
            while (m.find()) {
                for (Locale language : LANGUAGES) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    String text =
                            ResourceBundle.getBundle(Messages.BUNDLE, language).getString(key);
                    if (!text.contains("{0}") || text.contains("{1}") || text.contains("''")) {
                        wrong.add(page.getFileName() + " " + key + " (" + language + "): " + text);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
        }
    }
}
