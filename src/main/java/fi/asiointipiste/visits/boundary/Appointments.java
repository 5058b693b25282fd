package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.customers.boundary.Customers;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.control.DeskAccess;
import fi.asiointipiste.visits.control.DeskCapacity;
import fi.asiointipiste.visits.control.TaskRouting;
import fi.asiointipiste.visits.control.VisitQueries;
import fi.asiointipiste.visits.entity.Appointment;
import fi.asiointipiste.visits.entity.AppointmentStatus;
import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitClosed;
import fi.asiointipiste.visits.entity.VisitsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Appointments a clerk books at their own service points: book, move, cancel; on the day, check the customer
 * in (which starts the visit with the planned errands) or mark a no-show (a NO_SHOW visit, counted like the
 * queue's other no-shows). Every change names the version the clerk saw and is audited without personal data.
 * A known customer is referred to by id; opening their identity goes through {@link Customers#open}.
 */
@ApplicationScoped
@Transactional
public class Appointments {

    @PersistenceContext
    EntityManager em;

    @Inject
    DeskAccess access;

    @Inject
    VisitQueries queries;

    @Inject
    TaskRouting taskRouting;

    @Inject
    Customers customers;

    @Inject
    Catalogue catalogue;

    @Inject
    ServiceClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Event<VisitClosed> closed;

    @Inject
    Event<VisitsChanged> changed;

    /** The point's appointments starting on the given days (inclusive), earliest first, cancelled ones too. */
    public List<Appointment> between(StaffUser actor, long pointId, LocalDate from, LocalDate until) {
        ServicePoint point = access.readablePoint(actor, pointId);
        return em.createNamedQuery("Appointment.atPointBetween", Appointment.class)
                .setParameter("point", point)
                .setParameter("from", from.atStartOfDay())
                .setParameter("until", until.plusDays(1).atStartOfDay())
                .getResultList();
    }

    public List<Appointment> today(StaffUser actor, long pointId) {
        return between(actor, pointId, clock.today(), clock.today());
    }

    /** Reads one appointment of the user's points; a known customer's identity is opened (audited). */
    public Appointment appointment(StaffUser actor, long id) {
        Appointment a = access.readableAppointment(actor, id);
        if (a.getCustomer() != null) {
            customers.open(a.getCustomer().getId());
        }
        return a;
    }

    public Appointment book(StaffUser clerk, long pointId, Booking booking) {
        ServicePoint point = access.writablePoint(clerk, pointId);
        Appointment a = new Appointment(point, clerk.getUsername(), clock.now());
        fill(a, booking);
        em.persist(a);
        em.flush();
        audit.record("APPOINTMENT_BOOKED", "Appointment", a.getId(), null, describe(a));
        return a;
    }

    /** Moves the time or changes what is planned; only a booked (not yet arrived) appointment. */
    public Appointment change(StaffUser clerk, long id, long version, Booking booking) {
        Appointment a = access.editableAppointment(clerk, id, version);
        String before = describe(a);
        fill(a, booking);
        audit.record("APPOINTMENT_CHANGED", "Appointment", id, before, describe(a));
        return a;
    }

    public Appointment cancel(StaffUser clerk, long id, long version, String reason) {
        Appointment a = access.editableAppointment(clerk, id, version);
        a.cancel(reason);
        audit.record("APPOINTMENT_CANCELLED", "Appointment", id, "BOOKED", "CANCELLED");
        return a;
    }

    /**
     * The customer arrived: a visit starts in service with this clerk, by channel APPOINTMENT, identified if the
     * customer was known (audited), with the interpreter need as an intake fact. The planned errands are added
     * with their recommendations as soon as the visit has a profile (at once for a known customer's last one).
     */
    public Visit checkIn(StaffUser clerk, long id, long version) {
        Appointment a = access.editableAppointment(clerk, id, version);
        a.checkCanCheckIn(clock.today());
        Visit visit = new Visit(a.getServicePoint(), Channel.APPOINTMENT, clock.now());
        visit.startService(clerk, clock.now());
        if (a.isNeedsInterpreter() || a.getLanguage() != null) {
            visit.intake(null, null, a.getLanguage(), a.isNeedsInterpreter() ? Boolean.TRUE : null, null);
        }
        em.persist(visit);
        a.checkIn(visit);
        if (a.getCustomer() != null) {
            visit.identify(customers.open(a.getCustomer().getId(), "appointment " + id));
            queries.lastProfileOf(visit, clerk.getServicePoints()).ifPresent(visit::profileAs);
        }
        em.flush();
        taskRouting.addPlanned(visit);
        audit.record("APPOINTMENT_CHECKED_IN", "Appointment", id, "BOOKED", "ARRIVED visit " + visit.getId());
        changed.fire(new VisitsChanged(visit.getServicePoint().getId()));
        return visit;
    }

    /**
     * The customer checked in at the point's check-in terminal with their appointment's short code: today's booked
     * appointment with that code becomes ARRIVED with a WAITING visit of the appointment channel (no clerk yet), in
     * the language the customer chose; the planned errands join the visit as they do at the desk. No staff user acts:
     * the caller (the arrival feature) has checked the terminal's device token for this point. A wrong code, another
     * day's or an already used appointment is refused, and nothing changes.
     */
    public Appointment arriveAtTerminal(long pointId, String code, String language) {
        String typed = Appointment.normalisedCode(code);
        Appointment a = typed.isEmpty()
                ? null
                : em.createNamedQuery("Appointment.byCodeAtPointBetween", Appointment.class)
                        .setParameter("point", pointId)
                        .setParameter("code", typed)
                        .setParameter("from", clock.today().atStartOfDay())
                        .setParameter("until", clock.today().plusDays(1).atStartOfDay())
                        .getResultStream()
                        .filter(Appointment::isBooked)
                        .findFirst()
                        .orElse(null);
        if (a == null) {
            throw new RefusedAction("appointment.codeUnknown");
        }
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Visit visit = new Visit(a.getServicePoint(), Channel.APPOINTMENT, clock.now());
        visit.intake(null, null, language, a.isNeedsInterpreter() ? Boolean.TRUE : null, null);
        em.persist(visit);
        a.checkIn(visit);
        if (a.getCustomer() != null) {
            visit.identify(a.getCustomer());
        }
        em.flush();
        audit.record(
                "APPOINTMENT_CHECKED_IN",
                "Appointment",
                a.getId(),
                "BOOKED",
                "ARRIVED at terminal visit " + visit.getId());
        changed.fire(new VisitsChanged(visit.getServicePoint().getId()));
        return a;
    }

    /** Nobody came: once the time has begun, the booking becomes a NO_SHOW visit of the appointment channel. */
    public Appointment noShow(StaffUser clerk, long id, long version) {
        Appointment a = access.editableAppointment(clerk, id, version);
        a.checkDue(clock.now());
        Visit visit = new Visit(a.getServicePoint(), Channel.APPOINTMENT, a.getStartsAt());
        visit.identify(a.getCustomer());
        visit.markNoShow(clock.now());
        em.persist(visit);
        a.noShow(visit);
        em.flush();
        closed.fire(new VisitClosed(visit.getId(), visit.getServicePoint().getId()));
        audit.record("APPOINTMENT_NO_SHOW", "Appointment", id, "BOOKED", "NO_SHOW visit " + visit.getId());
        return a;
    }

    /**
     * The start times among {@code candidates} at which an appointment of {@code minutes} still fits the point's
     * desks (and has not begun): what the public booking page offers. No staff user acts; the point must be active.
     * The answer may be stale a moment later — {@link #bookOnline} checks the capacity again under the point's lock.
     */
    public List<LocalDateTime> freeStarts(long pointId, List<LocalDateTime> candidates, int minutes) {
        ServicePoint point = activePoint(pointId);
        if (candidates.isEmpty()) {
            return List.of();
        }
        LocalDateTime first = candidates.stream().min(LocalDateTime::compareTo).orElseThrow();
        LocalDateTime last =
                candidates.stream().max(LocalDateTime::compareTo).orElseThrow().plusMinutes(minutes);
        List<DeskCapacity.Booked> booked = em.createNamedQuery("Appointment.bookedBetween", Appointment.class)
                .setParameter("point", point)
                .setParameter("booked", AppointmentStatus.BOOKED)
                .setParameter("from", first)
                .setParameter("until", last)
                .getResultStream()
                .map(o -> new DeskCapacity.Booked(o.getStartsAt(), o.getEndsAt()))
                .toList();
        LocalDateTime now = clock.now();
        return candidates.stream()
                .filter(c -> !c.isBefore(now))
                .filter(c -> DeskCapacity.fits(point.getDesks(), booked, c, c.plusMinutes(minutes)))
                .toList();
    }

    /**
     * A customer books their own time on the public booking page (no staff user acts; the caller, the arrival
     * feature's self-booking, has checked the time against the bookable hours, computed its length and applied the
     * rate limit). The same rules as a clerk's booking apply — capacity under the point's lock, a note without
     * identifying data, no customer identity. The short code is unique among booked appointments, as the customer
     * later cancels or moves the time with the code alone.
     */
    public Appointment bookOnline(long pointId, Booking booking, String language) {
        ServicePoint point = activePoint(pointId);
        if (booking.getCustomerId() != null) {
            throw new IllegalArgumentException("an online booking names no customer");
        }
        Appointment a = new Appointment(point, Appointment.BOOKED_ONLINE, clock.now());
        a.speaks(language);
        fill(a, booking);
        while (!em.createNamedQuery("Appointment.bookedByCode", Appointment.class)
                .setParameter("code", a.getCode())
                .setParameter("booked", AppointmentStatus.BOOKED)
                .setMaxResults(1)
                .getResultList()
                .isEmpty()) {
            a.redrawCode();
        }
        em.persist(a);
        em.flush();
        audit.recordAs(Appointment.BOOKED_ONLINE, "APPOINTMENT_BOOKED", "Appointment", a.getId(), null, describe(a));
        return a;
    }

    /** The booked appointment, not yet begun, with this short code; refused when there is none. */
    public Appointment byCode(String code) {
        String typed = Appointment.normalisedCode(code);
        LocalDateTime now = clock.now();
        return typed.isEmpty()
                ? refusedCode()
                : em.createNamedQuery("Appointment.bookedByCode", Appointment.class)
                        .setParameter("code", typed)
                        .setParameter("booked", AppointmentStatus.BOOKED)
                        .getResultStream()
                        .filter(a -> a.getStartsAt().isAfter(now))
                        .findFirst()
                        .orElseGet(Appointments::refusedCode);
    }

    /** The customer cancels their booked time with its short code. */
    public Appointment cancelByCode(String code) {
        Appointment a = byCode(code);
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        a.cancel(null);
        audit.recordAs(
                Appointment.BOOKED_ONLINE,
                "APPOINTMENT_CANCELLED",
                "Appointment",
                a.getId(),
                "BOOKED",
                "CANCELLED by code");
        return a;
    }

    /**
     * The customer moves their booked time with its short code: same errands and length, a new start, checked
     * like a new booking (capacity under the point's lock).
     */
    public Appointment moveByCode(String code, LocalDate day, java.time.LocalTime start) {
        Appointment a = byCode(code);
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        String before = describe(a);
        Booking moved = Booking.of(a);
        moved.setDay(day);
        moved.setStart(start);
        fill(a, moved);
        audit.recordAs(Appointment.BOOKED_ONLINE, "APPOINTMENT_CHANGED", "Appointment", a.getId(), before, describe(a));
        return a;
    }

    private static Appointment refusedCode() {
        throw new RefusedAction("selfBooking.codeUnknown");
    }

    private ServicePoint activePoint(long pointId) {
        ServicePoint point = em.find(ServicePoint.class, pointId);
        if (point == null || !point.isActive()) {
            throw new RefusedAction("selfBooking.pointUnknown");
        }
        return point;
    }

    /** The appointment a visit was started from, if any. */
    public Optional<Appointment> ofVisit(long visitId) {
        return queries.appointmentOf(visitId);
    }

    /**
     * The booked appointments at the point that overlap the new time, read under a lock on the point's row, so two
     * clerks booking the last free desk (or the same customer) at the same moment are checked one after the other.
     */
    private List<Appointment> overlapping(Appointment a, Appointment.Time time) {
        em.lock(a.getServicePoint(), LockModeType.PESSIMISTIC_WRITE);
        return em.createNamedQuery("Appointment.overlapping", Appointment.class)
                .setParameter("point", a.getServicePoint())
                .setParameter("booked", AppointmentStatus.BOOKED)
                .setParameter("from", time.start())
                .setParameter("until", time.end())
                .setParameter("self", a.getId() == null ? -1L : a.getId())
                .getResultList();
    }

    /** Validates the whole booking before changing anything, so a refusal leaves the appointment as it was. */
    private void fill(Appointment a, Booking b) {
        Appointment.Time time = Appointment.time(b.getDay(), b.getStart(), b.getMinutes(), clock.now());
        if (b.getTaskCodes().isEmpty()) {
            throw new RefusedAction("appointment.taskRequired");
        }
        List<ServiceTask> tasks = new ArrayList<>();
        for (String code : new LinkedHashSet<>(b.getTaskCodes())) {
            tasks.add(catalogue
                    .task(code)
                    .filter(ServiceTask::isActive)
                    .orElseThrow(() -> new RefusedAction("frontDesk.task.unknown")));
        }
        String note = Appointment.checkedNote(b.getNote());
        Customer customer = null;
        if (b.getCustomerId() != null) {
            customer = em.find(Customer.class, b.getCustomerId());
            if (customer == null) {
                throw new RefusedAction("frontDesk.customer.notFound");
            }
        }
        List<Appointment> others = overlapping(a, time);
        if (customer != null && others.stream().anyMatch(o -> o.isFor(b.getCustomerId()))) {
            throw new RefusedAction("appointment.customerOverlaps");
        }
        // At no moment may more appointments run than the point has desks.
        List<DeskCapacity.Booked> booked = others.stream()
                .map(o -> new DeskCapacity.Booked(o.getStartsAt(), o.getEndsAt()))
                .toList();
        if (!DeskCapacity.fits(a.getServicePoint().getDesks(), booked, time.start(), time.end())) {
            throw new RefusedAction("appointment.desksFull");
        }
        Agency agency = null;
        if (b.getAgencyCode() != null && !b.getAgencyCode().isBlank()) {
            agency = catalogue.agencies().stream()
                    .filter(ag -> ag.getCode().equals(b.getAgencyCode()))
                    .findFirst()
                    .orElseThrow(() -> new RefusedAction("appointment.agencyUnknown"));
        }
        a.schedule(time.start(), time.end());
        a.plan(tasks, customer, note, agency, b.isInterpreter());
    }

    private static String describe(Appointment a) {
        return a.getStartsAt() + "+" + a.getDurationMinutes() + "min "
                + a.getTasks().stream().map(ServiceTask::getCode).toList();
    }
}
