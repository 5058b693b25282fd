package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.DeskTexts;
import fi.asiointipiste.arrival.entity.Desk;
import fi.asiointipiste.arrival.entity.Ticket;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.visits.entity.Visit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Tickets beside visits: the visit page's ticket notice (WEB-INF/includes/arrival/visit-ticket.xhtml) and the queue
 * page's list of waiting visits that have no ticket.
 */
@Named
@RequestScoped
public class VisitTicketBacking {

    @Inject
    Calling calling;

    @Inject
    SignedInStaff staff;

    @Inject
    LocaleSelection locale;

    private Long ticketVisitId;
    private Ticket visitTicket;

    /** The ticket of a visit (for the visit page), or null; read once per request. */
    public Ticket ticketOf(Visit visit) {
        if (visit == null) {
            return null;
        }
        if (!visit.getId().equals(ticketVisitId)) {
            ticketVisitId = visit.getId();
            visitTicket = calling.ticketOf(staff.actor(), visit.getId()).orElse(null);
        }
        return visitTicket;
    }

    /** The ticket labels of the queue page's visits. */
    public Map<Long, String> ticketsOf(Collection<Visit> visits) {
        return calling.ticketLabels(visits.stream().map(Visit::getId).toList());
    }

    /** The waiting visits that have no ticket (added before tickets existed, by phone or by another system). */
    public List<Visit> withoutTicket(List<Visit> visits) {
        Map<Long, String> tickets = ticketsOf(visits);
        return visits.stream().filter(v -> !tickets.containsKey(v.getId())).toList();
    }

    /** "Työpiste 2" or "Työpiste 3 (Kela)". */
    public String label(Desk desk) {
        return DeskTexts.label(locale.getLocale(), desk);
    }
}
