package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.entity.ErrandState;
import fi.asiointipiste.arrival.entity.Ticket;
import fi.asiointipiste.arrival.entity.TicketErrand;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.visits.boundary.PlannedErrands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The errands a customer chose at the check-in terminal are planned for their visit (visits' {@link PlannedErrands}
 * port): those that joined the queue or were handled at a desk, not those the customer did themselves. The desk adds
 * them with their recommendations once the clerk chooses the profile, and the engine then decides with everything
 * the desk knows.
 */
@ApplicationScoped
public class TicketPlans implements PlannedErrands {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<ServiceTask> plannedFor(long visitId) {
        return em.createNamedQuery("Ticket.ofVisit", Ticket.class)
                .setParameter("visit", visitId)
                .getResultStream()
                .flatMap(t -> t.getErrands().stream())
                .filter(e -> e.getState() == ErrandState.OPEN || e.getState() == ErrandState.HANDLED)
                .map(TicketErrand::getTask)
                .distinct()
                .toList();
    }
}
