package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.entity.Desk;
import fi.asiointipiste.arrival.entity.DeskStatus;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The desk's sign-in and status section of the queue page: sign in to a desk of the point, serving/pause/away, sign out. */
@Named
@ViewScoped
public class DeskSignInBacking implements Serializable {

    @Inject
    DeskBacking desk;

    @Inject
    Desks desks;

    @Inject
    SignedInStaff staff;

    private Long chosenDeskId;

    public void signIn() {
        if (chosenDeskId == null) {
            throw new RefusedAction("arrival.desk.chooseOne");
        }
        Desk signedIn = desks.signIn(staff.actor(), chosenDeskId);
        desk.reread();
        Messages.info("arrival.desk.signedIn", desk.label(signedIn));
    }

    public void signOut() {
        desk.myDesk().ifPresent(d -> desks.signOut(staff.actor(), d.getId()));
        desk.reread();
    }

    public void status(String status) {
        desk.myDesk().ifPresent(d -> desks.changeStatus(staff.actor(), d.getId(), DeskStatus.valueOf(status)));
        desk.reread();
    }

    public Long getChosenDeskId() {
        return chosenDeskId;
    }

    public void setChosenDeskId(Long chosenDeskId) {
        this.chosenDeskId = chosenDeskId;
    }
}
