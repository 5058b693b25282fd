package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;

/**
 * The visit on front-desk/visit.xhtml, shared by the beans of the page's sections (identification, intake,
 * errands, hand-off, closing). Each change sends the version the clerk saw; the facades refuse a stale one as a
 * conflict.
 */
@Named
@ViewScoped
public class VisitBacking implements Serializable {

    /** One change of the visit through a facade, in the version the clerk saw. */
    @FunctionalInterface
    public interface Change<T> {
        T of(StaffUser actor, long visitId, long version);
    }

    @Inject
    Visits visits;

    @Inject
    SignedInStaff staff;

    private Long id;
    private Visit visit;

    /** f:viewAction: a missing or unknown id, or another point's visit, is refused as not found. */
    public void load() {
        visit = visits.open(staff.actor(), id == null ? -1 : id);
    }

    /** Re-reads the visit after a change (the opening was audited already). */
    private void reload() {
        visit = visits.visit(staff.actor(), id == null ? -1 : id);
    }

    /** Runs one change of the visit, then shows the visit as it now is. */
    public <T> T change(Change<T> change) {
        try {
            T result = change.of(staff.actor(), id, visit.getVersion());
            reload();
            return result;
        } catch (OptimisticLockException conflict) {
            // Another clerk saved first and nothing of this edit was saved. The exception handler shows the conflict
            // message; re-reading here makes the page show the visit as it now is, and the next action its version.
            reload();
            throw conflict;
        }
    }

    /** The outcome that opens a visit's page. */
    static String page(Visit visit) {
        return "/front-desk/visit?faces-redirect=true&id=" + visit.getId();
    }

    public boolean isEditable() {
        return visit != null && visit.getStatus() == VisitStatus.IN_SERVICE && staff.isClerk();
    }

    public Visit getVisit() {
        return visit;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
