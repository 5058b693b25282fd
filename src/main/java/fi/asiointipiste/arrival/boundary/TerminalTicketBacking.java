package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.WaitEstimate;
import fi.asiointipiste.arrival.entity.Ticket;
import fi.asiointipiste.arrival.entity.TicketErrand;
import fi.asiointipiste.catalogue.entity.ServiceDescription;
import fi.asiointipiste.routing.entity.SupportLevel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The terminal's ticket step: the number, the estimated wait and how many are ahead; self-service errands with their
 * guidance and "I want help anyway".
 */
@Named
@ViewScoped
public class TerminalTicketBacking implements Serializable {

    @Inject
    TerminalBacking terminal;

    @Inject
    CheckIn checkIn;

    private Long ticketId;
    private transient Object readFor;
    private transient Ticket ticket;
    private transient WaitEstimate.Range estimate;

    void show(long issued) {
        ticketId = issued;
        readFor = null;
    }

    public void helpAnyway(TicketErrand errand) {
        checkIn.helpAnyway(terminal.getToken(), ticketId, errand.getId());
        readFor = null;
    }

    public void doItMyself(TicketErrand errand) {
        checkIn.doItMyself(terminal.getToken(), ticketId, errand.getId());
        readFor = null;
    }

    public Ticket getTicket() {
        readOncePerRequest();
        return ticket;
    }

    public WaitEstimate.Range getEstimate() {
        readOncePerRequest();
        return estimate;
    }

    /** How many tickets the desks call before this one now. */
    public int getAhead() {
        Ticket t = getTicket();
        return t == null ? 0 : checkIn.ahead(terminal.getToken(), t.getId());
    }

    private void readOncePerRequest() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (readFor != request) {
            readFor = request;
            ticket = ticketId == null ? null : checkIn.ticket(terminal.getToken(), ticketId);
            estimate = ticketId == null ? null : checkIn.estimate(terminal.getToken(), ticketId);
        }
    }

    /** The self-service guidance of an errand. */
    public ServiceDescription guidance(TicketErrand errand) {
        return errand.getTask().descriptionFor(SupportLevel.SELF_SERVICE);
    }
}
