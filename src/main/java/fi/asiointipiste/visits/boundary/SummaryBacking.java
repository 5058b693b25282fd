package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.visits.control.SummaryTexts;
import fi.asiointipiste.visits.entity.Handoff;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The printable "what happens next" page for the customer (front-desk/summary.xhtml), in the customer's
 * language when they were identified with one of fi/sv/en, otherwise in the language chosen at the visit; the
 * texts per agency and outcome are {@link SummaryTexts}.
 */
@Named
@RequestScoped
public class SummaryBacking {

    @Inject
    Visits visits;

    @Inject
    Handoffs handoffs;

    @Inject
    SignedInStaff staff;

    @Inject
    LocaleSelection localeSelection;

    private Long id;
    private Visit visit;
    private List<Handoff> handoffList = List.of();
    private SummaryTexts texts;

    /** f:viewAction: a missing or unknown id, or another point's visit, is refused as not found. */
    public void load() {
        visit = visits.visit(staff.actor(), id == null ? -1 : id);
        handoffList = handoffs.ofVisit(staff.actor(), visit.getId());
    }

    /** The customer's language for the printout. */
    public Locale getLocale() {
        return SummaryTexts.localeOf(visit, LocaleSelection.LANGUAGES, localeSelection.getLocale());
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    private SummaryTexts texts() {
        if (texts == null) {
            texts = new SummaryTexts(getLocale());
        }
        return texts;
    }

    /** A text of the bundle in the customer's language. */
    public String text(String key) {
        return texts().text(key);
    }

    public String next(VisitTask task) {
        return texts().next(task);
    }

    public String yours(VisitTask task) {
        return texts().yours(task);
    }

    public List<String> getContacts() {
        return visit == null
                ? List.of()
                : texts().contacts(
                                visit,
                                handoffList.stream()
                                        .map(h -> h.getAgency().getCode())
                                        .toList());
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
