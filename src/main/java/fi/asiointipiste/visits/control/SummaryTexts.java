package fi.asiointipiste.visits.control;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitTask;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the customer's "what happens next" printout in one language. What each agency does next, what the
 * customer must do and whom to contact come per agency and task outcome from the bundle
 * ({@code summary.next|yours.<AGENCY>.<TaskOutcome>}, {@code summary.contact.<AGENCY>}), where a task-specific text
 * ({@code summary.next|yours.task.<TASK>.<TaskOutcome>}) wins; an agency or task added later without its own texts
 * gets the general ones.
 */
public class SummaryTexts {

    private final Locale locale;
    private final ResourceBundle bundle;

    public SummaryTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
    }

    /** The printout's language for a visit: the one chosen at the visit, else the identified customer's, if offered. */
    public static Locale localeOf(Visit visit, List<String> offered, Locale otherwise) {
        String language = visit == null ? null : visit.getLanguage();
        if (language == null && visit != null && visit.getCustomer() != null) {
            language = visit.getCustomer().getPreferredLanguage();
        }
        return language != null && offered.contains(language) ? Locale.forLanguageTag(language) : otherwise;
    }

    public String text(String key) {
        return Messages.text(locale, key);
    }

    /** What the task's agency does next after this outcome, and roughly when. */
    public String next(VisitTask task) {
        return perAgency("summary.next.", task, "summary.agencyContinues");
    }

    /** What the customer must do for the task after this outcome. */
    public String yours(VisitTask task) {
        return perAgency("summary.yours.", task, "summary.nothingMore");
    }

    /** Whom to contact: the public channels of each agency of the visit's tasks, once per agency. */
    public List<String> contacts(Visit visit) {
        return contacts(visit, List.of());
    }

    /**
     * Whom to contact: the public channels of each agency of the visit's tasks and of each agency whose specialist
     * took part (a hand-off), once per agency.
     */
    public List<String> contacts(Visit visit, List<String> specialistAgencies) {
        return java.util.stream.Stream.concat(
                        visit.getTasks().stream()
                                .map(t -> t.getTask().getAgency().getCode()),
                        specialistAgencies.stream())
                .distinct()
                .map(code -> "summary.contact." + code)
                .filter(bundle::containsKey)
                .map(this::text)
                .toList();
    }

    private String perAgency(String prefix, VisitTask task, String fallback) {
        if (task.getOutcome() == null) {
            return "";
        }
        String forTask = prefix + "task." + task.getTask().getCode() + "." + task.getOutcome();
        String forAgency = prefix + task.getTask().getAgency().getCode() + "." + task.getOutcome();
        return text(bundle.containsKey(forTask) ? forTask : bundle.containsKey(forAgency) ? forAgency : fallback);
    }
}
