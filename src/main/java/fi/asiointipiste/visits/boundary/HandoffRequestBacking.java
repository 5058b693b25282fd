package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.visits.control.HandoffRequest;
import fi.asiointipiste.visits.entity.HandoffMode;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The request form of the hand-off section of front-desk/visit.xhtml: ask an agency's specialist to join one task
 * of the visit ({@link HandoffRequest}). The panel's open state is the view's too.
 */
@Named
@ViewScoped
public class HandoffRequestBacking implements Serializable {

    @Inject
    VisitBacking visit;

    @Inject
    Handoffs handoffs;

    @Inject
    Catalogue catalogue;

    @Inject
    SignedInStaff staff;

    private final HandoffRequest form = new HandoffRequest();
    private boolean open;

    public void request() {
        if (form.getTaskId() == null) {
            throw new RefusedAction("frontDesk.task.notInVisit");
        }
        handoffs.request(
                staff.actor(),
                visit.getId(),
                form.getTaskId(),
                form.getAgencyCode(),
                form.getMode(),
                form.getSlotAt(),
                form.getRoomOrDevice(),
                form.isInterpreterBooked(),
                form.isClerkStays(),
                form.isCustomerConsents());
        Messages.info("handoff.requested");
        form.setTaskId(null);
    }

    public HandoffRequest getForm() {
        return form;
    }

    /** Whether the request panel is open: kept in the view, so that no Ajax update of the page closes it. */
    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public List<Agency> getAgencies() {
        return catalogue.agencies();
    }

    public HandoffMode[] getModes() {
        return HandoffMode.values();
    }
}
