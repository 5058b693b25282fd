package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.boundary.Profiles;
import fi.asiointipiste.platform.i18n.Formats;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.rules.control.DraftAnalysis;
import fi.asiointipiste.rules.control.ReadableTable;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.control.Vocabulary;
import fi.asiointipiste.visits.entity.StoredDecision;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The rule pages' words for this request (EL name {@code ruleWords}): the table in the reader's language with the
 * catalogue's names for profiles, errands and agencies, and phrases for problems and test-case facts.
 */
@Named("ruleWords")
@RequestScoped
public class RuleWords {

    @Inject
    Catalogue catalogue;

    @Inject
    Profiles profiles;

    @Inject
    LocaleSelection locale;

    @Inject
    Formats formats;

    private Vocabulary vocabulary;

    public Vocabulary vocabulary() {
        if (vocabulary == null) {
            Locale l = locale.getLocale();
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, l);
            Map<String, Map<String, String>> labels = new HashMap<>();
            Map<String, String> personas = new LinkedHashMap<>();
            profiles.all().forEach(p -> personas.put(p.getCode(), p.getPersonaName()));
            Map<String, String> tasks = new LinkedHashMap<>();
            catalogue.tasks().forEach(t -> tasks.put(t.getCode(), t.getName().in(l)));
            Map<String, String> agencies = new LinkedHashMap<>();
            catalogue
                    .agencies()
                    .forEach(a -> agencies.put(a.getCode(), a.getName().in(l)));
            labels.put("profile", personas);
            labels.put("task", tasks);
            labels.put("taskAgency", agencies);
            labels.put("agency", agencies);
            vocabulary = new Vocabulary(
                    l,
                    key -> {
                        try {
                            return bundle.getString(key);
                        } catch (MissingResourceException e) {
                            return null;
                        }
                    },
                    labels);
        }
        return vocabulary;
    }

    public ReadableTable readable(DecisionTable table, DraftAnalysis analysis) {
        return ReadableTable.of(table, analysis, vocabulary());
    }

    /** A problem's example input (e.g. of a gap) in words. */
    public String example(RuleSetCheck.Problem problem, ReadableTable table) {
        return problem.example() == null || problem.example().isEmpty()
                ? ""
                : vocabulary().example(problem.example(), table.labels());
    }

    public String value(String column, Object value) {
        return vocabulary().value(column, value);
    }

    public String condition(String column, String entry) {
        return vocabulary().condition(column, entry);
    }

    public String output(String column, String entry) {
        return vocabulary().output(column, entry);
    }

    public String column(String name) {
        return vocabulary().column(name, name);
    }

    /** A past visit's decision named for a pinned test case: "12.11.2026: Hilma Kontaktinhakija – Asumistuki". */
    public String pinnedName(StoredDecision d) {
        RoutingFacts facts = RoutingFacts.parse(d.facts());
        return Messages.text(
                locale.getLocale(),
                "rules.tests.pinnedName",
                formats.date(d.at()),
                value("profile", facts.get("profile")),
                value("task", facts.get("task")));
    }
}
