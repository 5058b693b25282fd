package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.entity.Desk;
import fi.asiointipiste.arrival.entity.Ticket;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.visits.entity.Visit;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * Calling at the desk (queue page): call the next ticket or one chosen from the live list, call again, mark a no-show,
 * start serving (the visit opens), and give a walk-in a ticket.
 */
@Named
@ViewScoped
public class CallBacking implements Serializable {

    @Inject
    DeskBacking desk;

    @Inject
    Calling calling;

    @Inject
    CheckIn checkIn;

    @Inject
    SignedInStaff staff;

    @Inject
    LocaleSelection locale;

    public void callNext() {
        Desk at = desk.requireDesk();
        Optional<Ticket> called = calling.callNext(staff.actor(), at.getId());
        desk.reread();
        if (called.isPresent()) {
            Messages.info("arrival.call.called", called.get().getLabel(), desk.label(at));
        } else {
            Messages.info("arrival.call.nobody");
        }
    }

    /** Called from the live list's "Call" buttons (a remote command with the ticket's id). */
    public void callChosen() {
        Desk at = desk.requireDesk();
        String id = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("ticket");
        long ticketId;
        try {
            ticketId = Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw new RefusedAction("arrival.ticket.notFound");
        }
        Ticket t = calling.call(staff.actor(), at.getId(), ticketId);
        desk.reread();
        Messages.info("arrival.call.called", t.getLabel(), desk.label(at));
    }

    public void callAgain() {
        Ticket t = desk.requireCurrent();
        calling.callAgain(staff.actor(), desk.requireDesk().getId(), t.getId());
        desk.reread();
        Messages.info("arrival.call.calledAgain", t.getLabel());
    }

    public void noShow() {
        Ticket t = desk.requireCurrent();
        calling.noShow(staff.actor(), desk.requireDesk().getId(), t.getId());
        desk.reread();
        Messages.info("arrival.call.noShowDone", t.getLabel());
    }

    /** The customer came: their visit opens at this clerk. */
    public String serve() {
        Ticket t = desk.requireCurrent();
        Visit visit = calling.serve(staff.actor(), desk.requireDesk().getId(), t.getId());
        return "/front-desk/visit?faces-redirect=true&id=" + visit.getId();
    }

    /** A walk-in gets a ticket from the desk ("Add to queue"). */
    public void giveTicket() {
        Ticket t = checkIn.issueAtDesk(staff.actor(), desk.getPointId(), locale.getLanguage());
        desk.reread();
        Messages.info("arrival.ticket.given", t.getLabel());
    }

    public int getNoShowAfterCalls() {
        return calling.noShowAfterCalls();
    }
}
