package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
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
        return handoffs.inbox(actor());
    }

    public boolean isSpecialist() {
        return staff.user().map(u -> u.getAgency() != null).orElse(false) && staff.isClerk();
    }

    public void accept(Handoff h) {
        run(() -> handoffs.accept(actor(), h.getId(), h.getVersion()), "handoff.accepted");
    }

    public void joined(Handoff h) {
        run(() -> handoffs.joined(actor(), h.getId(), h.getVersion()), "handoff.joinedDone");
    }

    public void complete(Handoff h) {
        run(() -> handoffs.complete(actor(), h.getId(), h.getVersion(), outcomes.get(h.getId())), "handoff.completed");
    }

    public boolean mine(Handoff h) {
        return h.getSpecialist() != null && h.getSpecialist().getUsername().equals(staff.getUsername());
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(doneKey);
        } catch (RefusedAction refused) {
            Messages.error(refused.key());
        }
    }

    public Map<Long, String> getOutcomes() {
        return outcomes;
    }

    private StaffUser actor() {
        return staff.user().orElseThrow(() -> new RefusedAction("frontDesk.noPoints"));
    }
}
