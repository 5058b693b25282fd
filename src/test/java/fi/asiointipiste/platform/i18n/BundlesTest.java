package fi.asiointipiste.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/fi/asiointipiste/i18n/" + name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_sv.properties", "messages_en.properties"})
    void everyLanguageHasEveryKey(String translation) throws IOException {
        assertThat(load(translation).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void finnishNeverFallsBackToTheJvmDefaultLanguage() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            ResourceBundle finnish = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("fi"));
            assertThat(finnish.getString("login.signIn")).isEqualTo("Kirjaudu");
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void everyKeyUsedInPagesAndCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        Pattern inPages = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        Pattern inCode = Pattern.compile("Messages\\.(?:error|info|errorOn)\\((?:[^,\"]+, )?\"([A-Za-z0-9_.]+)\"");
        try (Stream<Path> files =
                Stream.concat(Files.walk(Path.of("src/main/webapp")), Files.walk(Path.of("src/main/java")))) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().endsWith(".ico"))
                    .toList()) {
                String text = Files.readString(file);
                Matcher m = (file.toString().endsWith(".java") ? inCode : inPages).matcher(text);
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + file);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEngineProblemCodeHasATranslatedLabel() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern code = Pattern.compile(
                "(?:EngineError\\.(?:of|at)\\(|new EngineError\\(|new Finding\\([^,]+, |error\\(|routing\\(|new Problem\\(true, )\"([A-Z][A-Z_]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("src/main/java/fi/asiointipiste/routing/engine")),
                Files.walk(Path.of("src/main/java/fi/asiointipiste/rules")))) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".java") && !f.toString().contains("/cli/"))
                    .toList()) {
                Matcher m = code.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains("rules.problem." + m.group(1))) {
                        missing.add(m.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
