package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.DeskTexts;
import fi.asiointipiste.arrival.entity.Desk;
import fi.asiointipiste.arrival.entity.Ticket;
import fi.asiointipiste.arrival.entity.TicketErrand;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.RefusedAction;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The clerk's desk on the queue page (front-desk/index.xhtml, WEB-INF/includes/arrival/desk.xhtml): which desk of the
 * point I am signed in to and the ticket I have called. The sections act through their own beans: signing in and the
 * status ({@link DeskSignInBacking}), calling ({@link CallBacking}), transfer ({@link TransferBacking}) and the live
 * list drawn by push ({@link LiveQueueBacking}).
 */
@Named
@ViewScoped
public class DeskBacking implements Serializable {

    @Inject
    Desks desks;

    @Inject
    Calling calling;

    @Inject
    SignedInStaff staff;

    @Inject
    LocaleSelection locale;

    private Long pointId;
    private boolean live;
    private transient Object readFor;
    private transient Optional<Desk> desk;
    private transient Ticket current;

    /** f:viewAction after the day log resolved the point (the desk exists only on today's page of the point). */
    public void open(Long point, boolean isToday) {
        this.pointId = point;
        this.live = point != null && isToday;
    }

    public boolean isLive() {
        return live;
    }

    /** The desk I am signed in to at this point, if any (read once per request and after each action). */
    public Optional<Desk> myDesk() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (readFor != request) {
            readFor = request;
            desk = staff.isSignedIn()
                    ? desks.mine(staff.actor())
                            .filter(d -> d.getServicePoint().getId().equals(pointId))
                    : Optional.empty();
            current =
                    desk.flatMap(d -> calling.atDesk(staff.actor(), d.getId())).orElse(null);
        }
        return desk;
    }

    /** After an action the page shows the desk as it now is. */
    void reread() {
        readFor = null;
    }

    public Desk getDesk() {
        return myDesk().orElse(null);
    }

    public Ticket getCurrent() {
        myDesk();
        return current;
    }

    /** The desk I am signed in to at another of my points (signing in here leaves it). */
    public Desk getDeskElsewhere() {
        return staff.isSignedIn()
                ? desks.mine(staff.actor())
                        .filter(d -> !d.getServicePoint().getId().equals(pointId))
                        .orElse(null)
                : null;
    }

    /** The active desks of the point. */
    public List<Desk> getDesks() {
        return pointId == null
                ? List.of()
                : desks.atPoint(staff.actor(), pointId).stream()
                        .filter(Desk::isActive)
                        .toList();
    }

    Desk requireDesk() {
        return myDesk().orElseThrow(() -> new RefusedAction("arrival.desk.signInFirst"));
    }

    Ticket requireCurrent() {
        Ticket t = getCurrent();
        if (t == null) {
            throw new RefusedAction("arrival.desk.noCustomer");
        }
        return t;
    }

    /** "Työpiste 2" or "Työpiste 3 (Kela)". */
    public String label(Desk desk) {
        return DeskTexts.label(locale.getLocale(), desk);
    }

    public String errandName(TicketErrand errand) {
        return errand.getTask().getName().in(locale.getLocale());
    }

    public Long getPointId() {
        return pointId;
    }
}
