package fi.asiointipiste.rules.control;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.boundary.RuleRationale;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.Rule;
import fi.asiointipiste.routing.engine.feel.FeelSyntaxException;
import fi.asiointipiste.routing.engine.feel.UnaryTestParser;
import fi.asiointipiste.rules.entity.RuleWording;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The name and rationale a rule shows in a language: its own words when the table has them ({@link RuleWording}),
 * else, for the workshop's seed rules, the translations in the bundles ({@code routing.ruleName.<id>}, and the
 * rationale as the front desk finds it through {@link RuleRationale}), else the rule's id and English rationale.
 */
public final class Wordings {

    private Wordings() {}

    public static String name(DecisionTable table, int rule, Locale locale) {
        String own = RuleWording.ownName(table, rule, locale.getLanguage());
        if (own != null) {
            return own;
        }
        String id = table.rules().get(rule).id();
        String seed = bundle(locale, "routing.ruleName." + id);
        return seed != null ? seed : id;
    }

    public static String rationale(DecisionTable table, int rule, Locale locale) {
        Rule r = table.rules().get(rule);
        return RuleRationale.in(locale, r.id(), outputs(table, r));
    }

    /** Every rule's name in the language, by rule id, in the table's order (for pages that list rules by id). */
    public static Map<String, String> names(DecisionTable table, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int rule = 0; rule < table.rules().size(); rule++) {
            names.putIfAbsent(table.rules().get(rule).id(), name(table, rule, locale));
        }
        return names;
    }

    /** What the rule shows today in fi, sv and en; a name is left out where there is no more than the id. */
    public static RuleWording.Wording shown(DecisionTable table, int rule) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> rationales = new LinkedHashMap<>();
        String id = table.rules().get(rule).id();
        for (String language : RuleWording.LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            String name = name(table, rule, locale);
            names.put(language, name.equals(id) ? null : name);
            rationales.put(language, rationale(table, rule, locale));
        }
        return new RuleWording.Wording(names, rationales);
    }

    /** The words of a copy: the original's rationale, its names marked as a copy in each language. */
    public static RuleWording.Wording copyOf(RuleWording.Wording original) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : RuleWording.LANGUAGES) {
            String name = original.name(language);
            String pattern = bundle(Locale.forLanguageTag(language), "rules.copyName");
            names.put(
                    language,
                    name == null || pattern == null
                            ? null
                            : new java.text.MessageFormat(pattern, Locale.forLanguageTag(language))
                                    .format(new Object[] {name}));
        }
        return new RuleWording.Wording(names, original.rationales());
    }

    private static Map<String, Object> outputs(DecisionTable table, Rule r) {
        Map<String, Object> values = new HashMap<>();
        for (int o = 0; o < table.outputs().size() && o < r.outputEntries().size(); o++) {
            try {
                values.put(
                        table.outputs().get(o).name(),
                        UnaryTestParser.parseLiteral(r.outputEntries().get(o)));
            } catch (FeelSyntaxException e) {
                values.put(table.outputs().get(o).name(), r.outputEntries().get(o));
            }
        }
        return values;
    }

    private static String bundle(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
