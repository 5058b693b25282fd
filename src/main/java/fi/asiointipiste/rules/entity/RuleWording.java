package fi.asiointipiste.rules.entity;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.OutputColumn;
import fi.asiointipiste.routing.engine.Rule;
import fi.asiointipiste.routing.engine.TypeRef;
import fi.asiointipiste.routing.engine.feel.FeelSyntaxException;
import fi.asiointipiste.routing.engine.feel.FeelValues;
import fi.asiointipiste.routing.engine.feel.UnaryTestParser;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Where a rule's own words live in its DMN table, so that a draft stays plain DMN: its name in each language in the
 * annotation columns {@code name_fi}, {@code name_sv}, {@code name_en}, and the rationale the clerk reads in the
 * output columns {@code rationale_fi}, {@code rationale_sv}, {@code rationale_en} (the routing engine reads these,
 * see {@code RuleRationale}); the English text is also written to the plain {@code rationale} output when the table
 * has one, for DMN tools and the CLI.
 */
public final class RuleWording {

    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    public static final String NAME = "name_";
    public static final String RATIONALE = "rationale";
    /** The longest name or rationale kept per language. */
    public static final int MAX_NAME = 200;

    public static final int MAX_RATIONALE = 1000;

    /** A rule's name and rationale by language (fi, sv, en); a missing or blank text is "not written". */
    public record Wording(Map<String, String> names, Map<String, String> rationales) implements Serializable {
        public Wording {
            names = clean(names);
            rationales = clean(rationales);
        }

        public String name(String language) {
            return names.get(language);
        }

        public String rationale(String language) {
            return rationales.get(language);
        }

        private static Map<String, String> clean(Map<String, String> texts) {
            Map<String, String> kept = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                String text = texts == null ? null : texts.get(language);
                if (text != null && !text.isBlank()) {
                    kept.put(language, text.strip());
                }
            }
            return Map.copyOf(kept);
        }
    }

    private RuleWording() {}

    /** Whether an output column holds a rationale ({@code rationale} or {@code rationale_xx}), not a decision. */
    public static boolean isRationale(String outputName) {
        return outputName.equals(RATIONALE) || outputName.startsWith(RATIONALE + "_");
    }

    /** Whether an annotation column holds a rule name. */
    public static boolean isName(String annotationName) {
        return annotationName.startsWith(NAME);
    }

    /** The rule's own name in that language, or null when the table has none for it. */
    public static String ownName(DecisionTable table, int rule, String language) {
        int a = table.annotationNames().indexOf(NAME + language);
        if (a < 0) {
            return null;
        }
        List<String> notes = table.rules().get(rule).annotations();
        String text = a < notes.size() ? notes.get(a) : null;
        return text == null || text.isBlank() ? null : text;
    }

    /** The rule's own rationale in that language ({@code rationale_xx}), or null. */
    public static String ownRationale(DecisionTable table, int rule, String language) {
        return outputText(table, rule, RATIONALE + "_" + language);
    }

    /** The text of a string output of a rule, unquoted, or null when the column is missing or the cell is null. */
    public static String outputText(DecisionTable table, int rule, String output) {
        int o = table.outputIndex(output);
        if (o < 0) {
            return null;
        }
        try {
            Object value = UnaryTestParser.parseLiteral(
                    table.rules().get(rule).outputEntries().get(o));
            return value == null || value.toString().isBlank() ? null : FeelValues.toPlain(value);
        } catch (FeelSyntaxException e) {
            return null;
        }
    }

    /**
     * The table with every name and rationale column present, each rule keeping the words it shows today
     * ({@code current}, e.g. the seed rules' translations from the bundles) where it has none of its own.
     */
    public static DecisionTable materialize(DecisionTable table, IntFunction<Wording> current) {
        DecisionTable t = withColumns(table);
        List<Rule> rules = new ArrayList<>();
        for (int r = 0; r < t.rules().size(); r++) {
            Wording shown = current.apply(r);
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, String> rationales = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                names.put(language, firstOf(ownName(t, r, language), shown.name(language)));
                rationales.put(language, firstOf(ownRationale(t, r, language), shown.rationale(language)));
            }
            rules.add(worded(t, t.rules().get(r), new Wording(names, rationales)));
        }
        return copy(t, t.outputs(), t.annotationNames(), rules);
    }

    /** The table with the rule's words replaced (columns added where missing, other rules' cells left empty). */
    public static DecisionTable setWording(DecisionTable table, int rule, Wording wording) {
        for (String language : LANGUAGES) {
            check(wording.name(language), MAX_NAME);
            check(wording.rationale(language), MAX_RATIONALE);
        }
        DecisionTable t = withColumns(table);
        List<Rule> rules = new ArrayList<>(t.rules());
        rules.set(rule, worded(t, rules.get(rule), wording));
        return copy(t, t.outputs(), t.annotationNames(), rules);
    }

    private static void check(String text, int max) {
        if (text != null && text.length() > max) {
            throw new RuleEditRefused("rules.edit.textTooLong", "a rule text is longer than " + max + " characters");
        }
    }

    private static Rule worded(DecisionTable t, Rule rule, Wording wording) {
        List<String> outputs = new ArrayList<>(rule.outputEntries());
        List<String> notes = new ArrayList<>(rule.annotations());
        while (notes.size() < t.annotationNames().size()) {
            notes.add("");
        }
        for (String language : LANGUAGES) {
            notes.set(t.annotationNames().indexOf(NAME + language), nullToEmpty(wording.name(language)));
            outputs.set(t.outputIndex(RATIONALE + "_" + language), literal(wording.rationale(language)));
        }
        int plain = t.outputIndex(RATIONALE);
        if (plain >= 0 && wording.rationale("en") != null) {
            outputs.set(plain, literal(wording.rationale("en")));
        }
        return new Rule(rule.id(), rule.inputEntries(), outputs, rule.description(), notes);
    }

    /** Adds the missing name annotations and rationale outputs; new cells are empty (null outputs). */
    private static DecisionTable withColumns(DecisionTable t) {
        List<OutputColumn> outputs = new ArrayList<>(t.outputs());
        List<String> annotations = new ArrayList<>(t.annotationNames());
        int newOutputs = 0;
        for (String language : LANGUAGES) {
            if (t.outputIndex(RATIONALE + "_" + language) < 0) {
                outputs.add(OutputColumn.of(RATIONALE + "_" + language, TypeRef.STRING, null));
                newOutputs++;
            }
            if (!annotations.contains(NAME + language)) {
                annotations.add(NAME + language);
            }
        }
        if (newOutputs == 0 && annotations.size() == t.annotationNames().size()) {
            return t;
        }
        List<Rule> rules = new ArrayList<>();
        for (Rule r : t.rules()) {
            List<String> outs = new ArrayList<>(r.outputEntries());
            for (int i = 0; i < newOutputs; i++) {
                outs.add("null");
            }
            List<String> notes = new ArrayList<>(r.annotations());
            while (notes.size() < annotations.size()) {
                notes.add("");
            }
            rules.add(new Rule(r.id(), r.inputEntries(), outs, r.description(), notes));
        }
        return copy(t, outputs, annotations, rules);
    }

    static DecisionTable copy(DecisionTable t, List<OutputColumn> outputs, List<String> annotations, List<Rule> rules) {
        return new DecisionTable(t.identity(), t.hitPolicy(), t.aggregation(), t.inputs(), outputs, annotations, rules);
    }

    /** A string as an output literal; null (no text) as {@code null}. */
    public static String literal(String text) {
        return text == null || text.isBlank() ? "null" : FeelValues.toFeel(text.strip());
    }

    private static String firstOf(String own, String shown) {
        return own != null ? own : shown;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
