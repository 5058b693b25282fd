package fi.asiointipiste.arrival.control;

import fi.asiointipiste.arrival.entity.Desk;
import fi.asiointipiste.arrival.entity.Ticket;
import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.platform.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;

/** Reads a point's queue as it is now (today's tickets, its desks, its measured handling times). */
@ApplicationScoped
@Transactional
public class QueueReader {

    @PersistenceContext
    EntityManager em;

    @Inject
    HandlingTimeQueries handlingTimes;

    @Inject
    Catalogue catalogue;

    @Inject
    ServiceClock clock;

    public QueueView now(long pointId) {
        LocalDateTime now = clock.now();
        List<Ticket> today = tickets(pointId);
        List<Desk> desks = desks(pointId);
        desks.forEach(d -> {
            if (d.getClerk() != null) {
                d.getClerk().getDisplayName();
            }
        });
        return new QueueView(
                pointId,
                today,
                desks,
                now,
                handlingTimes.at(pointId, now.getHour()),
                catalogue.agencies().stream().map(Agency::getCode).toList());
    }

    public List<Ticket> tickets(long pointId) {
        return em.createNamedQuery("Ticket.ofPointOn", Ticket.class)
                .setParameter("point", pointId)
                .setParameter("day", clock.today())
                .getResultList();
    }

    public List<Desk> desks(long pointId) {
        return em.createNamedQuery("Desk.atPoint", Desk.class)
                .setParameter("point", pointId)
                .getResultList();
    }
}
