package fi.asiointipiste;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the backing beans thin (docs/architecture.md, "Thin backing beans"): a page bean holds the state of one page
 * section and calls a facade or control; decisions and calculations live in controls and entities, where they are
 * unit-tested. Counted in lines of the formatted source file (Spotless formats every file the same way), so a bean
 * cannot slip under the limit by squeezing its code.
 */
class BackingBeanSizeTest {

    /** The most lines any CDI bean that pages use by name may have. */
    static final int MOST_LINES = 150;

    /** The median of the page beans must stay below this. */
    static final int MEDIAN_BELOW = 80;

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern NAMED = Pattern.compile("(?m)^@Named\\b");

    @Test
    void noBeanThatPagesUseByNameIsOverTheLimit() {
        Map<String, Integer> tooLong = new TreeMap<>();
        namedBeans().forEach((name, lines) -> {
            if (lines > MOST_LINES) {
                tooLong.put(name, lines);
            }
        });
        assertThat(tooLong)
                .as(
                        "beans over %d lines: split them by page section, move decisions into controls/entities",
                        MOST_LINES)
                .isEmpty();
    }

    @Test
    void theMedianBackingBeanStaysSmall() {
        List<Integer> sizes = namedBeans().entrySet().stream()
                .filter(bean -> bean.getKey().endsWith("Backing"))
                .map(Map.Entry::getValue)
                .sorted()
                .toList();
        assertThat(sizes).as("backing beans found").hasSizeGreaterThan(20);
        int n = sizes.size();
        double median = n % 2 == 1 ? sizes.get(n / 2) : (sizes.get(n / 2 - 1) + sizes.get(n / 2)) / 2.0;
        assertThat(median).as("median lines of %d backing beans", n).isLessThan(MEDIAN_BELOW);
    }

    @Test
    void everyBackingBeanIsANamedBean() {
        // A class named *Backing outside the CDI names would escape the limits above.
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> unnamed = files.filter(f -> f.getFileName().toString().endsWith("Backing.java"))
                    .filter(f -> !NAMED.matcher(read(f)).find())
                    .map(f -> f.getFileName().toString())
                    .toList();
            assertThat(unnamed).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every class annotated {@code @Named} (page beans and the few helpers pages call by name), by simple name. */
    static Map<String, Integer> namedBeans() {
        Map<String, Integer> beans = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String source = read(f);
                if (NAMED.matcher(source).find()) {
                    beans.put(f.getFileName().toString().replace(".java", ""), (int)
                            source.lines().count());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return beans;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
