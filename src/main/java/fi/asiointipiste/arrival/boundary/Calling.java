package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.ArrivalAccess;
import fi.asiointipiste.arrival.control.CallingPolicy;
import fi.asiointipiste.arrival.control.QueueReader;
import fi.asiointipiste.arrival.entity.Desk;
import fi.asiointipiste.arrival.entity.DeskStatus;
import fi.asiointipiste.arrival.entity.QueueChanged;
import fi.asiointipiste.arrival.entity.Target;
import fi.asiointipiste.arrival.entity.Ticket;
import fi.asiointipiste.arrival.entity.TicketErrand;
import fi.asiointipiste.arrival.entity.TicketStatus;
import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.boundary.Queue;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitClosed;
import fi.asiointipiste.visits.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calling at a desk: "Call next" by the {@link CallingPolicy}, a chosen ticket, a call again, a no-show after
 * {@code asiointipiste.arrival.no-show-after-calls} calls, the customer's arrival at the desk (their visit starts
 * or, after a transfer, passes to this clerk), and transfers to another desk, clerk or agency's specialist, or back
 * to the queue with the place kept. A clerk acts only at the desk they are signed in to, at their own point; the
 * changes of one point's queue are applied one after the other (its queue lock), so two desks never call the same
 * ticket.
 */
@ApplicationScoped
@Transactional
public class Calling {

    @PersistenceContext
    EntityManager em;

    @Inject
    ArrivalAccess access;

    @Inject
    QueueReader reader;

    @Inject
    Catalogue catalogue;

    @Inject
    Queue queue;

    @Inject
    ServiceClock clock;

    @Inject
    Event<QueueChanged> changed;

    @Inject
    @ConfigProperty(name = "asiointipiste.arrival.no-show-after-calls", defaultValue = "3")
    int noShowAfterCalls;

    /** After how many calls a ticket may be marked a no-show. */
    public int noShowAfterCalls() {
        return noShowAfterCalls;
    }

    /** Calls the next ticket by the policy; empty when the desk may call nobody now. */
    public Optional<Ticket> callNext(StaffUser actor, long deskId) {
        Desk desk = callingDesk(actor, deskId);
        List<Ticket> waiting = waitingAt(desk);
        Optional<Ticket> next = CallingPolicy.order(
                        policyDesk(desk),
                        waiting.stream().map(Calling::policyView).toList(),
                        servingSpecialists(desk),
                        clock.now())
                .stream()
                .findFirst()
                .flatMap(w ->
                        waiting.stream().filter(t -> t.getId() == w.ticketId()).findFirst());
        next.ifPresent(t -> {
            t.call(desk, clock.now());
            changed.fire(new QueueChanged(desk.getServicePoint().getId()));
        });
        return next;
    }

    /** Calls a chosen waiting ticket, if this desk may call it. */
    public Ticket call(StaffUser actor, long deskId, long ticketId) {
        Desk desk = callingDesk(actor, deskId);
        Ticket ticket = access.ticket(actor, ticketId, null);
        if (ticket.getStatus() != TicketStatus.WAITING) {
            throw new RefusedAction("arrival.ticket.notWaiting");
        }
        if (!CallingPolicy.mayCall(policyDesk(desk), policyView(ticket), servingSpecialists(desk))) {
            throw new RefusedAction("arrival.call.notForThisDesk");
        }
        ticket.call(desk, clock.now());
        changed.fire(new QueueChanged(desk.getServicePoint().getId()));
        return ticket;
    }

    public Ticket callAgain(StaffUser actor, long deskId, long ticketId) {
        Desk desk = access.ownDesk(actor, deskId);
        Ticket ticket = access.ticket(actor, ticketId, null);
        ticket.callAgain(desk, clock.now());
        changed.fire(new QueueChanged(desk.getServicePoint().getId()));
        return ticket;
    }

    /** Nobody came after the calls: the ticket ends, and a visit still waiting becomes a no-show visit. */
    public Ticket noShow(StaffUser actor, long deskId, long ticketId) {
        Desk desk = access.ownDesk(actor, deskId);
        Ticket ticket = access.ticket(actor, ticketId, null);
        ticket.noShow(desk, noShowAfterCalls, clock.now());
        Visit visit = ticket.getVisit();
        if (visit != null && visit.getStatus() == VisitStatus.WAITING) {
            queue.noShow(actor, visit.getId(), visit.getVersion());
        }
        changed.fire(new QueueChanged(desk.getServicePoint().getId()));
        return ticket;
    }

    /**
     * The customer came to the desk: their waiting visit starts with this clerk; a visit already in service (the
     * ticket was transferred) passes to this clerk; a visit closed meanwhile is followed by a new one.
     *
     * @return the visit the clerk serves now
     */
    public Visit serve(StaffUser actor, long deskId, long ticketId) {
        Desk desk = access.ownDesk(actor, deskId);
        Ticket ticket = access.ticket(actor, ticketId, null);
        ticket.serve(desk, clock.now());
        Visit visit = ticket.getVisit();
        if (visit != null && visit.getStatus() == VisitStatus.WAITING) {
            visit = queue.call(actor, visit.getId(), visit.getVersion());
        } else if (visit != null && visit.getStatus() == VisitStatus.IN_SERVICE) {
            visit = queue.takeOver(actor, visit.getId(), visit.getVersion());
        } else {
            Visit next = queue.checkedIn(
                    ticket.getServicePoint().getId(),
                    ticket.getLanguage(),
                    ticket.isNeedsInterpreter(),
                    ticket.getStrongEid());
            em.flush();
            visit = queue.call(actor, next.getId(), next.getVersion());
            ticket.leadsTo(visit);
        }
        changed.fire(new QueueChanged(desk.getServicePoint().getId()));
        return visit;
    }

    /**
     * Sends the ticket at this desk elsewhere with the chosen open errands (none chosen: all): the ticket waits again
     * in its old place for the target. The visit stays open for whoever serves the customer next.
     */
    public Ticket transfer(StaffUser actor, long deskId, long ticketId, Collection<Long> errandIds, TransferTo to) {
        Desk desk = access.ownDesk(actor, deskId);
        Ticket ticket = access.ticket(actor, ticketId, null);
        List<TicketErrand> chosen = new ArrayList<>();
        for (Long id : errandIds) {
            chosen.add(ticket.errand(id));
        }
        access.lockQueue(desk.getServicePoint());
        ticket.transfer(desk, chosen, target(desk, to), clock.now());
        changed.fire(new QueueChanged(desk.getServicePoint().getId()));
        return ticket;
    }

    private Target target(Desk from, TransferTo to) {
        if (to == null || to.kind() == null) {
            throw new RefusedAction("arrival.transfer.targetRequired");
        }
        long pointId = from.getServicePoint().getId();
        return switch (to.kind()) {
            case ANY -> Target.anyDesk();
            case DESK ->
                Target.desk(reader.desks(pointId).stream()
                        .filter(d -> d.isActive() && d.getId().equals(to.deskId()))
                        .findFirst()
                        .orElseThrow(() -> new RefusedAction("arrival.transfer.deskUnknown")));
            case CLERK -> {
                StaffUser clerk = to.clerkId() == null ? null : em.find(StaffUser.class, to.clerkId());
                if (clerk == null
                        || !clerk.isActive()
                        || !clerk.has(Role.CLERK)
                        || !ArrivalAccess.worksAt(clerk, from.getServicePoint())) {
                    throw new RefusedAction("arrival.transfer.clerkUnknown");
                }
                yield Target.clerk(clerk);
            }
            case AGENCY -> {
                Agency agency = catalogue.agencies().stream()
                        .filter(a -> a.getCode().equals(to.agencyCode()))
                        .findFirst()
                        .orElseThrow(() -> new RefusedAction("arrival.transfer.noSpecialistDesk"));
                if (reader.desks(pointId).stream().noneMatch(d -> d.isActive() && d.isSpecialistOf(agency.getCode()))) {
                    throw new RefusedAction("arrival.transfer.noSpecialistDesk");
                }
                yield Target.specialist(agency);
            }
        };
    }

    /** The ticket called to or served at the desk now, if any. */
    public Optional<Ticket> atDesk(StaffUser actor, long deskId) {
        Desk desk = access.readableDesk(actor, deskId);
        return reader.tickets(desk.getServicePoint().getId()).stream()
                .filter(t -> t.getStatus().isAtDesk()
                        && t.getDesk() != null
                        && t.getDesk().getId().equals(deskId))
                .findFirst();
    }

    /** The clerks a ticket can be transferred to at the point (those signed in to a desk first). */
    public List<StaffUser> clerksAt(StaffUser actor, long pointId) {
        ServicePoint point = access.readablePoint(actor, pointId);
        return em.createNamedQuery("StaffUser.all", StaffUser.class)
                .getResultStream()
                .filter(u -> u.isActive() && u.has(Role.CLERK) && ArrivalAccess.worksAt(u, point))
                .toList();
    }

    /** The latest ticket of a visit of the user's points, if it came with one. */
    public Optional<Ticket> ticketOf(StaffUser actor, long visitId) {
        return em.createNamedQuery("Ticket.ofVisit", Ticket.class)
                .setParameter("visit", visitId)
                .getResultStream()
                .filter(t -> ArrivalAccess.worksAt(actor, t.getServicePoint()))
                .max(java.util.Comparator.comparing(Ticket::getIssuedAt));
    }

    /** The ticket labels of the given visits (for the queue page's lists), by visit id. */
    public java.util.Map<Long, String> ticketLabels(Collection<Long> visitIds) {
        if (visitIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createNamedQuery("Ticket.ofVisits", Ticket.class)
                .setParameter("visits", visitIds)
                .getResultStream()
                .collect(Collectors.toMap(t -> t.getVisit().getId(), Ticket::getLabel, (a, b) -> b));
    }

    /** The visit was closed (or marked a no-show): its ticket at a desk is done, and the desk is free. */
    void visitClosed(@Observes VisitClosed event) {
        boolean finished = false;
        for (Ticket t : em.createNamedQuery("Ticket.ofVisit", Ticket.class)
                .setParameter("visit", event.visitId())
                .getResultList()) {
            finished |= t.finish(clock.now());
        }
        if (finished) {
            changed.fire(new QueueChanged(event.servicePointId()));
        }
    }

    private Desk callingDesk(StaffUser actor, long deskId) {
        Desk desk = access.ownDesk(actor, deskId);
        desk.requireServing();
        access.lockQueue(desk.getServicePoint());
        if (reader.tickets(desk.getServicePoint().getId()).stream()
                .anyMatch(t -> t.getStatus().isAtDesk()
                        && t.getDesk() != null
                        && t.getDesk().getId().equals(deskId))) {
            throw new RefusedAction("arrival.call.customerAtDesk");
        }
        return desk;
    }

    private List<Ticket> waitingAt(Desk desk) {
        return reader.tickets(desk.getServicePoint().getId()).stream()
                .filter(t -> t.getStatus() == TicketStatus.WAITING)
                .toList();
    }

    private Set<String> servingSpecialists(Desk desk) {
        return reader.desks(desk.getServicePoint().getId()).stream()
                .filter(d -> d.getStatus() == DeskStatus.SERVING && d.getAgencyCode() != null)
                .map(Desk::getAgencyCode)
                .collect(Collectors.toSet());
    }

    private static CallingPolicy.CallingDesk policyDesk(Desk desk) {
        return new CallingPolicy.CallingDesk(
                desk.getId(), desk.getClerk() == null ? null : desk.getClerk().getId(), desk.getAgencyCode());
    }

    static CallingPolicy.Waiting policyView(Ticket t) {
        List<TicketErrand> open = t.getOpenErrands();
        Long targetId = switch (t.getTargetKind()) {
            case DESK -> t.getTargetDesk().getId();
            case CLERK -> t.getTargetClerk().getId();
            default -> null;
        };
        return new CallingPolicy.Waiting(
                t.getId(),
                t.getNumber(),
                t.getQueuedAt(),
                t.getDueAt(),
                t.getTargetKind(),
                targetId,
                t.getTargetAgency() == null ? null : t.getTargetAgency().getCode(),
                open.stream().map(e -> e.getTask().getAgency().getCode()).collect(Collectors.toSet()),
                open.stream()
                        .map(TicketErrand::getSpecialistAgency)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()),
                open.isEmpty() || open.stream().anyMatch(e -> !e.isForSpecialist()));
    }
}
