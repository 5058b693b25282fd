package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.visits.entity.Handoff;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The printable "what happens next" page for the customer (front-desk/summary.xhtml), in the customer's
 * language when they were identified with one of fi/sv/en, otherwise in the language chosen at the visit. What
 * each agency does next, what the customer must do and whom to contact come per agency and task outcome from
 * the bundle ({@code summary.next|yours.<AGENCY>.<TaskOutcome>}, {@code summary.contact.<AGENCY>}), where a
 * task-specific text ({@code summary.next|yours.task.<TASK>.<TaskOutcome>}) wins; an agency or task added later
 * without its own texts gets the general ones.
 */
@Named
@RequestScoped
public class SummaryBacking {

    @Inject
    FrontDesk frontDesk;

    @Inject
    Handoffs handoffs;

    @Inject
    SignedInStaff staff;

    @Inject
    LocaleSelection localeSelection;

    private Long id;
    private Visit visit;
    private List<Handoff> handoffList = List.of();

    public void load() {
        try {
            StaffUser actor = staff.user().orElseThrow(() -> new RefusedAction("frontDesk.noPoints"));
            visit = frontDesk.visit(actor, id == null ? -1 : id);
            handoffList = handoffs.ofVisit(actor, visit.getId());
        } catch (RefusedAction refused) {
            Messages.error(refused.key());
        }
    }

    /** The customer's language for the printout. */
    public Locale getLocale() {
        String language = visit == null ? null : visit.getLanguage();
        if (language == null && visit != null && visit.getCustomer() != null) {
            language = visit.getCustomer().getPreferredLanguage();
        }
        return language != null && LocaleSelection.LANGUAGES.contains(language)
                ? Locale.forLanguageTag(language) : localeSelection.getLocale();
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** A text of the bundle in the customer's language. */
    public String text(String key) {
        return Messages.text(getLocale(), key);
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
    public List<String> getContacts() {
        if (visit == null) {
            return List.of();
        }
        return visit.getTasks().stream().map(t -> t.getTask().getAgency().getCode()).distinct()
                .map(code -> "summary.contact." + code).filter(this::exists).map(this::text).toList();
    }

    private String perAgency(String prefix, VisitTask task, String fallback) {
        if (task.getOutcome() == null) {
            return "";
        }
        String forTask = prefix + "task." + task.getTask().getCode() + "." + task.getOutcome();
        String forAgency = prefix + task.getTask().getAgency().getCode() + "." + task.getOutcome();
        return text(exists(forTask) ? forTask : exists(forAgency) ? forAgency : fallback);
    }

    private boolean exists(String key) {
        return ResourceBundle.getBundle(Messages.BUNDLE, getLocale()).containsKey(key);
    }

    public Visit getVisit() {
        return visit;
    }

    public List<Handoff> getHandoffs() {
        return handoffList;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
