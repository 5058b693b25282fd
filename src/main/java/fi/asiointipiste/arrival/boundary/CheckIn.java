package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.ArrivalAccess;
import fi.asiointipiste.arrival.control.DoorRouting;
import fi.asiointipiste.arrival.control.DoorRouting.DoorDecision;
import fi.asiointipiste.arrival.control.QueueReader;
import fi.asiointipiste.arrival.control.WaitEstimate;
import fi.asiointipiste.arrival.entity.Device;
import fi.asiointipiste.arrival.entity.DeviceKind;
import fi.asiointipiste.arrival.entity.QueueChanged;
import fi.asiointipiste.arrival.entity.Ticket;
import fi.asiointipiste.arrival.entity.TicketErrand;
import fi.asiointipiste.arrival.entity.TicketStatus;
import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.boundary.Appointments;
import fi.asiointipiste.visits.boundary.Queue;
import fi.asiointipiste.visits.entity.Appointment;
import fi.asiointipiste.visits.entity.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The check-in terminal: the customer's errands are routed at the door and they get a ticket. An errand routed to
 * self-service is offered with its guidance first (the customer may still ask for help); the others join the queue
 * with their predicted level, and one for an agency's specialist is flagged for them. A ticket that joins the queue
 * opens a waiting visit (with the terminal's language and the customer's answers as intake facts), or, with an
 * appointment's code, checks that appointment in. A clerk can also give a walk-in a ticket from the queue page.
 */
@ApplicationScoped
@Transactional
public class CheckIn {

    /** How long after taking a ticket the terminal may still change its self-service choices. */
    static final int CHOICE_MINUTES = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    ArrivalAccess access;

    @Inject
    DoorRouting doorRouting;

    @Inject
    QueueReader reader;

    @Inject
    Catalogue catalogue;

    @Inject
    Queue queue;

    @Inject
    Appointments appointments;

    @Inject
    ServiceClock clock;

    @Inject
    Event<QueueChanged> changed;

    /** The terminal's point; an unknown or revoked terminal token is refused. */
    public ServicePoint point(String token) {
        return access.device(token, DeviceKind.TERMINAL).getServicePoint();
    }

    /** The errands the terminal offers: the catalogue's active ones. */
    public List<ServiceTask> errands() {
        return catalogue.tasks();
    }

    /** Routes the customer's errands at the door and issues their ticket (see the class comment). */
    public Ticket issue(String token, CheckInRequest request) {
        Device terminal = access.device(token, DeviceKind.TERMINAL);
        ServicePoint point = terminal.getServicePoint();
        if (request.language() == null || !Ticket.LANGUAGES.contains(request.language())) {
            throw new RefusedAction("arrival.terminal.languageInvalid");
        }
        List<ServiceTask> tasks = new ArrayList<>();
        for (String code : new LinkedHashSet<>(request.taskCodes())) {
            tasks.add(catalogue
                    .task(code)
                    .filter(ServiceTask::isActive)
                    .orElseThrow(() -> new RefusedAction("frontDesk.task.unknown")));
        }
        boolean withAppointment =
                request.appointmentCode() != null && !request.appointmentCode().isBlank();
        if (tasks.isEmpty() && !request.helpMe() && !withAppointment) {
            throw new RefusedAction("arrival.terminal.errandRequired");
        }
        access.lockQueue(point);
        Appointment appointment = withAppointment
                ? appointments.arriveAtTerminal(point.getId(), request.appointmentCode(), request.language())
                : null;
        if (appointment != null) {
            appointment.getTasks().stream().filter(t -> !tasks.contains(t)).forEach(tasks::add);
        }
        Ticket ticket = new Ticket(
                point,
                clock.today(),
                nextNumber(point),
                clock.now(),
                request.language(),
                request.interpreter() || appointment != null && appointment.isNeedsInterpreter(),
                request.strongEid());
        if (appointment != null) {
            ticket.forAppointment(appointment.getId(), appointment.getStartsAt());
        }
        for (ServiceTask task : tasks) {
            route(ticket, task);
        }
        ticket.settle();
        if (appointment != null) {
            // The appointment's visit waits whether or not an errand is self-service: the time was booked for them.
            ticket.leadsTo(appointment.getVisit());
            if (ticket.getStatus() == TicketStatus.SELF_SERVICE) {
                ticket.getOfferedErrands().forEach(ticket::helpAnyway);
            }
        } else if (ticket.getStatus() == TicketStatus.WAITING) {
            ticket.leadsTo(visitFor(ticket));
        }
        em.persist(ticket);
        em.flush();
        changed.fire(new QueueChanged(point.getId()));
        return ticket;
    }

    /** A clerk gives a walk-in a ticket from the queue page: no errands yet, in the clerk's language. */
    public Ticket issueAtDesk(StaffUser actor, long pointId, String language) {
        ServicePoint point = access.writablePoint(actor, pointId);
        access.lockQueue(point);
        Ticket ticket = new Ticket(
                point,
                clock.today(),
                nextNumber(point),
                clock.now(),
                Ticket.LANGUAGES.contains(language) ? language : "fi",
                false,
                null);
        ticket.settle();
        ticket.leadsTo(visitFor(ticket));
        em.persist(ticket);
        em.flush();
        changed.fire(new QueueChanged(point.getId()));
        return ticket;
    }

    private void route(Ticket ticket, ServiceTask task) {
        DoorDecision d = doorRouting.route(
                ticket.getServicePoint().getId(),
                task.getCode(),
                task.getAgency().getCode(),
                ticket.getLanguage(),
                ticket.isNeedsInterpreter(),
                ticket.getStrongEid());
        if (d == null) {
            ticket.addUndecided(task);
        } else {
            ticket.addDecided(
                    task,
                    d.level(),
                    d.agencyCode() == null
                            ? null
                            : catalogue.agencies().stream()
                                    .filter(a -> a.getCode().equals(d.agencyCode()))
                                    .findFirst()
                                    .orElse(null),
                    d.mode(),
                    d.ruleSetId(),
                    d.ruleId(),
                    d.facts(),
                    d.doorProfile());
        }
    }

    private Visit visitFor(Ticket ticket) {
        return queue.checkedIn(
                ticket.getServicePoint().getId(),
                ticket.getLanguage(),
                ticket.isNeedsInterpreter(),
                ticket.getStrongEid());
    }

    /** The next number of the day at the point; the caller holds the point's queue lock. */
    private int nextNumber(ServicePoint point) {
        Integer last = em.createNamedQuery("Ticket.lastNumber", Integer.class)
                .setParameter("point", point.getId())
                .setParameter("day", clock.today())
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /** The ticket the terminal just issued (the terminal's point, today). */
    public Ticket ticket(String token, long ticketId) {
        ServicePoint point = point(token);
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null
                || !ticket.getServicePoint().getId().equals(point.getId())
                || ticket.getIssuedAt().isBefore(clock.now().minusMinutes(CHOICE_MINUTES))) {
            throw new RefusedAction("arrival.ticket.notFound");
        }
        return ticket;
    }

    /** "I want help anyway": the self-service errand joins the queue, opening the visit if it was the first. */
    public Ticket helpAnyway(String token, long ticketId, long errandId) {
        Ticket ticket = ticket(token, ticketId);
        TicketErrand errand = ticket.errand(errandId);
        access.lockQueue(ticket.getServicePoint());
        ticket.helpAnyway(errand);
        if (ticket.getVisit() == null && ticket.getStatus() == TicketStatus.WAITING) {
            ticket.leadsTo(visitFor(ticket));
        }
        changed.fire(new QueueChanged(ticket.getServicePoint().getId()));
        return ticket;
    }

    /** The customer does the self-service errand at the customer terminal. */
    public Ticket doItMyself(String token, long ticketId, long errandId) {
        Ticket ticket = ticket(token, ticketId);
        ticket.doItMyself(ticket.errand(errandId));
        changed.fire(new QueueChanged(ticket.getServicePoint().getId()));
        return ticket;
    }

    /** How many waiting tickets a general desk calls before this one (0 when it does not wait). */
    public int ahead(String token, long ticketId) {
        Ticket ticket = ticket(token, ticketId);
        List<Ticket> order = reader.now(ticket.getServicePoint().getId()).waiting();
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).getId().equals(ticketId)) {
                return i;
            }
        }
        return 0;
    }

    /** The range the customer is shown for their ticket; null when it does not wait or nothing can be estimated. */
    public WaitEstimate.Range estimate(String token, long ticketId) {
        Ticket ticket = ticket(token, ticketId);
        return ticket.getStatus() == TicketStatus.WAITING
                ? reader.now(ticket.getServicePoint().getId()).estimateFor(ticket)
                : null;
    }
}
