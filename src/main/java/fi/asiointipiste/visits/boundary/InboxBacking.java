package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.visits.entity.Handoff;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A specialist's inbox (front-desk/inbox.xhtml): open hand-off requests of their agency across points. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    @Inject
    Handoffs handoffs;

    @Inject
    SignedInStaff staff;

    private final Map<Long, String> outcomes = new HashMap<>();

    public List<Handoff> getRequests() {
        return handoffs.inbox(staff.actor());
    }

    public boolean isSpecialist() {
        return staff.isSpecialist();
    }

    public void accept(Handoff h) {
        handoffs.accept(staff.actor(), h.getId(), h.getVersion());
        Messages.info("handoff.accepted");
    }

    public void joined(Handoff h) {
        handoffs.joined(staff.actor(), h.getId(), h.getVersion());
        Messages.info("handoff.joinedDone");
    }

    public void complete(Handoff h) {
        handoffs.complete(staff.actor(), h.getId(), h.getVersion(), outcomes.get(h.getId()));
        Messages.info("handoff.completed");
    }

    public boolean mine(Handoff h) {
        return h.getSpecialist() != null && h.getSpecialist().getUsername().equals(staff.getUsername());
    }

    public Map<Long, String> getOutcomes() {
        return outcomes;
    }
}
