package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.feel.FeelSyntaxException;
import fi.asiointipiste.routing.engine.feel.FeelValues;
import fi.asiointipiste.routing.engine.feel.PositiveTest;
import fi.asiointipiste.routing.engine.feel.UnaryTestParser;
import fi.asiointipiste.routing.engine.feel.UnaryTests;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A rule table in the coordinator's own words: column names and values with their labels in the reader's language
 * (profiles by persona, errands and agencies by their catalogue names, levels, modes and languages from the
 * bundles) and conditions as readable phrases ("≥ 75", "15–24", "not: Kela, Tax"). Built per request with the
 * catalogue's labels and the bundle of the reader's language; anything it has no label for is shown as written.
 */
public final class Vocabulary {

    /** Columns whose values the bundles already name (levels and modes as the front desk shows them). */
    private static final Map<String, String> BUNDLE_PREFIXES = Map.of(
            "supportLevel",
            "SupportLevel.",
            "mode",
            "AssistanceMode.",
            "agency",
            "rules.value.agency.",
            "taskAgency",
            "rules.value.agency.");

    private final Locale locale;
    private final Function<String, String> bundle;
    private final Map<String, Map<String, String>> labels;

    /**
     * @param bundle the reader's message bundle (key to text, null for a missing key)
     * @param labels value labels by column name, e.g. {@code profile → {MULTI_UNSKILLED → Pera Monitaidoton}}
     */
    public Vocabulary(Locale locale, Function<String, String> bundle, Map<String, Map<String, String>> labels) {
        this.locale = locale;
        this.bundle = bundle;
        this.labels = labels;
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    /** A bundle text with its arguments, or the key in question marks if the bundle has none. */
    public String text(String key, Object... args) {
        String pattern = bundle.apply(key);
        if (pattern == null) {
            return "???" + key + "???";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A column's heading: the bundle's name for the facts and outputs it knows, else the column's own label. */
    public String column(String name, String label) {
        String known = bundle.apply("rules.column." + name);
        if (known != null) {
            return known;
        }
        return label == null || label.isBlank() ? name : label;
    }

    /** A value of a column in words: a profile's persona, an errand's or agency's name, a level, yes or no. */
    public String value(String column, Object value) {
        if (value == null) {
            return text("rules.value.null");
        }
        if (value instanceof Boolean b) {
            return text(b ? "general.yes" : "general.no");
        }
        if (value instanceof BigDecimal || value instanceof Number) {
            return FeelValues.toPlain(value);
        }
        String code = value.toString();
        Map<String, String> own = labels.get(column);
        if (own != null && own.containsKey(code)) {
            return own.get(code);
        }
        String prefix = BUNDLE_PREFIXES.get(column);
        String known = prefix == null ? null : bundle.apply(prefix + code);
        if (known == null) {
            known = bundle.apply("rules.value." + column + "." + code);
        }
        return known != null ? known : code;
    }

    /** A condition in words; "" for "any". A text the engine cannot read is shown as written. */
    public String condition(String column, String entry) {
        UnaryTests tests;
        try {
            tests = UnaryTestParser.parseInputEntry(entry);
        } catch (FeelSyntaxException e) {
            return entry;
        }
        if (tests.any()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (PositiveTest t : tests.tests()) {
            parts.add(test(column, t));
        }
        String list = String.join(", ", parts);
        return tests.negated() ? text("rules.cell.not", list) : list;
    }

    private String test(String column, PositiveTest t) {
        if (t instanceof PositiveTest.IsNull) {
            return text("rules.value.null");
        }
        if (t instanceof PositiveTest.Equal eq) {
            return value(column, eq.literal());
        }
        if (t instanceof PositiveTest.Compare c) {
            String symbol = switch (c.op()) {
                case LT -> "<";
                case LE -> "≤";
                case GT -> ">";
                case GE -> "≥";
            };
            return symbol + "\u00a0" + value(column, c.literal());
        }
        PositiveTest.Range r = (PositiveTest.Range) t;
        if (r.lowClosed() && r.highClosed()) {
            return value(column, r.low()) + "–" + value(column, r.high());
        }
        return (r.lowClosed() ? "[" : "(") + value(column, r.low()) + "–" + value(column, r.high())
                + (r.highClosed() ? "]" : ")");
    }

    /** An output cell in words (a literal's label; nothing for {@code null}). */
    public String output(String column, String entry) {
        try {
            Object v = UnaryTestParser.parseLiteral(entry);
            return v == null ? "" : value(column, v);
        } catch (FeelSyntaxException e) {
            return entry;
        }
    }

    /** The hit policy in one sentence. */
    public String hitPolicy(HitPolicy policy) {
        return text("rules.hitPolicy." + policy.name());
    }

    /** An example input (e.g. of a gap) in words: "Profile: Pera Monitaidoton; Errand: …". */
    public String example(Map<String, Object> example, Map<String, String> columnLabels) {
        List<String> parts = new ArrayList<>();
        example.forEach((name, value) -> parts.add(columnLabels.getOrDefault(name, name) + ": " + value(name, value)));
        return String.join("; ", parts);
    }
}
