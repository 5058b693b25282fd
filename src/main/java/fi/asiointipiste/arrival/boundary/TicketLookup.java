package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.entity.Ticket;
import fi.asiointipiste.visits.boundary.TicketNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Visits' {@link TicketNumbers} port: the visit search finds a visit by the ticket number the customer holds. */
@ApplicationScoped
public class TicketLookup implements TicketNumbers {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Long> visitsOf(Collection<Long> pointIds, LocalDate day, int number) {
        return em.createNamedQuery("Ticket.byNumberAtPointsOn", Ticket.class)
                .setParameter("points", pointIds)
                .setParameter("day", day)
                .setParameter("number", number)
                .getResultStream()
                .filter(t -> t.getVisit() != null)
                .map(t -> t.getVisit().getId())
                .toList();
    }

    @Override
    public Map<Long, String> labelsOf(Collection<Long> visitIds) {
        Map<Long, String> labels = new HashMap<>();
        em.createNamedQuery("Ticket.ofVisits", Ticket.class)
                .setParameter("visits", visitIds)
                .getResultStream()
                .filter(t -> t.getVisit() != null)
                .forEach(t -> labels.put(t.getVisit().getId(), t.getLabel()));
        return labels;
    }
}
