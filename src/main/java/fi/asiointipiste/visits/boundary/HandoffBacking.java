package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.visits.entity.Handoff;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The hand-off section of front-desk/visit.xhtml: the visit's hand-offs and their status (polled), and cancelling
 * an open one with a reason. Requesting one is {@link HandoffRequestBacking}.
 */
@Named
@ViewScoped
public class HandoffBacking implements Serializable {

    @Inject
    VisitBacking visit;

    @Inject
    Handoffs handoffs;

    @Inject
    SignedInStaff staff;

    private Long cancelId;
    private String cancelReason;

    /** Cancels the chosen open hand-off with the clerk's reason. */
    public void cancel() {
        Handoff h = getOfVisit().stream()
                .filter(x -> x.getId().equals(cancelId))
                .findFirst()
                .orElseThrow(() -> new RefusedAction("handoff.chooseToCancel"));
        handoffs.cancel(staff.actor(), h.getId(), h.getVersion(), cancelReason);
        Messages.info("handoff.cancelled");
        cancelId = null;
        cancelReason = null;
    }

    public List<Handoff> getCancellable() {
        return getOfVisit().stream().filter(Handoff::isCancellable).toList();
    }

    public List<Handoff> getOfVisit() {
        return visit.getId() == null ? List.of() : handoffs.ofVisit(staff.actor(), visit.getId());
    }

    public Long getCancelId() {
        return cancelId;
    }

    public void setCancelId(Long cancelId) {
        this.cancelId = cancelId;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
