package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.customers.boundary.Customers;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.boundary.Recommendation;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.boundary.RoutingFailed;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.control.VisitFacts;
import fi.asiointipiste.visits.entity.Appointment;
import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.OverrideReason;
import fi.asiointipiste.visits.entity.ParkingLotNoteWritten;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitClosed;
import fi.asiointipiste.visits.entity.VisitStatus;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clerk's work on the visits of their own service points: the queue, identification, profile, tasks with
 * the engine's recommendation, and closing. Every change names the visit version the clerk saw; a stale
 * version is a conflict, and every change raises the version so that two clerks never overwrite each other.
 * Only clerks who work at the visit's point may change it; supervisors of the point may read it.
 */
@ApplicationScoped
@Transactional
public class FrontDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceClock clock;

    @Inject
    Routing routing;

    @Inject
    Catalogue catalogue;

    @Inject
    Customers customers;

    @Inject
    Event<ParkingLotNoteWritten> parkingLotNotes;

    @Inject
    Event<VisitClosed> closed;

    /** Today's visits of the point, oldest first. */
    public List<Visit> today(StaffUser actor, long pointId) {
        ServicePoint point = readablePoint(actor, pointId);
        List<Visit> visits = em.createNamedQuery("Visit.atPointBetween", Visit.class).setParameter("point", point)
                .setParameter("from", clock.today().atStartOfDay())
                .setParameter("until", clock.today().plusDays(1).atStartOfDay())
                .getResultList();
        List<Visit> oldestFirst = new java.util.ArrayList<>(visits);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** A walk-in customer joins the queue; with {@code serveNow} the clerk serves them at once (one action). */
    public Visit walkIn(StaffUser actor, long pointId, boolean serveNow) {
        ServicePoint point = writablePoint(actor, pointId);
        Visit visit = new Visit(point, Channel.WALK_IN, clock.now());
        if (serveNow) {
            visit.startService(actor, clock.now());
        }
        em.persist(visit);
        return visit;
    }

    /** Calls the customer who has waited longest; empty when nobody waits. */
    public Optional<Visit> callNext(StaffUser actor, long pointId) {
        ServicePoint point = writablePoint(actor, pointId);
        Optional<Visit> next = em.createNamedQuery("Visit.openAtPoint", Visit.class).setParameter("point", point)
                .setParameter("open", List.of(VisitStatus.WAITING)).setMaxResults(1)
                .setLockMode(LockModeType.OPTIMISTIC_FORCE_INCREMENT).getResultStream().findFirst();
        next.ifPresent(v -> v.startService(actor, clock.now()));
        return next;
    }

    public Visit call(StaffUser actor, long visitId, long version) {
        Visit visit = editable(actor, visitId, version, VisitStatus.WAITING);
        visit.startService(actor, clock.now());
        return visit;
    }

    public Visit noShow(StaffUser actor, long visitId, long version) {
        Visit visit = editable(actor, visitId, version, VisitStatus.WAITING);
        visit.markNoShow(clock.now());
        closed.fire(new VisitClosed(visit.getId(), visit.getServicePoint().getId()));
        return visit;
    }

    /** Reads one visit; a visit of a point the user does not work at does not exist for them. */
    public Visit visit(StaffUser actor, long visitId) {
        Visit visit = em.find(Visit.class, visitId);
        if (visit == null || !worksAt(actor, visit.getServicePoint())) {
            throw new RefusedAction("frontDesk.visit.notFound");
        }
        visit.getTasks().size();
        return visit;
    }

    public Visit identify(StaffUser actor, long visitId, long version, Long customerId) {
        Visit visit = editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        visit.identify(customerId == null ? null : customers.open(customerId));
        if (customerId != null && visit.getProfile() == null) {
            lastProfileOf(visit).ifPresent(visit::profileAs);
        }
        return visit;
    }

    public Visit profile(StaffUser actor, long visitId, long version, String profileCode) {
        Visit visit = editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        CustomerProfile profile = catalogue.profile(profileCode)
                .orElseThrow(() -> new RefusedAction("frontDesk.profile.unknown"));
        visit.profileAs(profile);
        addPlannedTasks(visit);
        return visit;
    }

    public Visit intake(StaffUser actor, long visitId, long version, Boolean strongEid, Boolean usesOnline,
                        String language, Boolean needsInterpreter, Boolean firstVisit) {
        Visit visit = editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        if (language != null && !List.of("fi", "sv", "en", "other").contains(language)) {
            throw new RefusedAction("frontDesk.intake.languageInvalid");
        }
        visit.intake(strongEid, usesOnline, language, needsInterpreter, firstVisit);
        return visit;
    }

    /** Adds a catalogue task and records the engine's recommendation for it, applied until the clerk overrides. */
    public VisitTask addTask(StaffUser actor, long visitId, long version, String taskCode) {
        Visit visit = editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        if (visit.getProfile() == null) {
            throw new RefusedAction("frontDesk.task.profileFirst");
        }
        ServiceTask task = catalogue.task(taskCode).filter(ServiceTask::isActive)
                .orElseThrow(() -> new RefusedAction("frontDesk.task.unknown"));
        if (visit.getTasks().stream().anyMatch(t -> t.getTask().equals(task))) {
            throw new RefusedAction("frontDesk.task.duplicate");
        }
        return addRecommended(visit, task);
    }

    private VisitTask addRecommended(Visit visit, ServiceTask task) {
        RoutingFacts facts = VisitFacts.of(visit, task, clock.today(), visitsLast90Days(visit));
        Recommendation r;
        try {
            r = routing.recommend(visit.getServicePoint().getId(), clock.now(), facts);
        } catch (RoutingFailed failed) {
            throw new RefusedAction("frontDesk.task.noRecommendation");
        }
        VisitTask added = visit.add(task);
        added.recommend(r.level(), agency(r.agencyCode()), r.mode(), r.flow(), r.ruleSetId(), r.ruleId(), facts.toText());
        return added;
    }

    /**
     * The errands planned in the visit's appointment join the visit, each with its recommendation, once the visit
     * has a profile (the engine needs it). One the engine cannot route stays planned for the clerk to add.
     */
    void addPlannedTasks(Visit visit) {
        if (visit.getProfile() == null) {
            return;
        }
        for (ServiceTask planned : plannedNotAdded(visit)) {
            try {
                addRecommended(visit, planned);
            } catch (RefusedAction noRecommendation) {
                // stays in the planned list on the page
            }
        }
    }

    /** Errands planned in the visit's appointment that are not yet tasks of the visit. */
    public List<ServiceTask> plannedNotAdded(Visit visit) {
        if (visit.getId() == null) {
            return List.of();
        }
        return em.createNamedQuery("Appointment.ofVisit", Appointment.class).setParameter("visit", visit.getId())
                .getResultStream().findFirst().map(Appointment::getTasks).orElse(List.of()).stream()
                .filter(t -> visit.getTasks().stream().noneMatch(vt -> vt.getTask().equals(t))).toList();
    }

    public Visit removeTask(StaffUser actor, long visitId, long version, long taskId) {
        Visit visit = editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        visit.remove(task(visit, taskId));
        return visit;
    }

    /** Applies a level; one other than recommended needs a reason, and OTHER needs a note. */
    public VisitTask apply(StaffUser actor, long visitId, long version, long taskId, SupportLevel level,
                           OverrideReason reason, String note) {
        Visit visit = editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        VisitTask task = task(visit, taskId);
        if (level == null) {
            throw new RefusedAction("frontDesk.apply.levelRequired");
        }
        boolean override = level != task.getRecommendedLevel();
        if (override && reason == null) {
            throw new RefusedAction("frontDesk.apply.reasonRequired");
        }
        if (override && reason == OverrideReason.OTHER && (note == null || note.isBlank())) {
            throw new RefusedAction("frontDesk.apply.noteRequired");
        }
        if (note != null && note.length() > 1000) {
            throw new RefusedAction("frontDesk.apply.noteTooLong");
        }
        task.apply(level, reason, note == null || note.isBlank() ? null : note.strip());
        return task;
    }

    public VisitTask tick(StaffUser actor, long visitId, long version, long taskId, Collection<String> items) {
        Visit visit = editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        VisitTask task = task(visit, taskId);
        task.tick(items);
        return task;
    }

    /**
     * Closes the visit: outcome per task, handling time from the clock, notes and an optional parking-lot note,
     * then fires {@link VisitClosed} inside this transaction.
     */
    public Visit close(StaffUser actor, long visitId, long version, Map<Long, TaskClosing> outcomes, String notes,
                       String parkingLotNote) {
        Visit visit = editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        if (visit.getTasks().isEmpty()) {
            throw new RefusedAction("frontDesk.close.noTasks");
        }
        if (notes != null && notes.length() > 2000 || parkingLotNote != null && parkingLotNote.length() > 2000) {
            throw new RefusedAction("frontDesk.close.textTooLong");
        }
        for (VisitTask task : visit.getTasks()) {
            TaskClosing c = outcomes.get(task.getId());
            if (c == null || c.getOutcome() == null) {
                throw new RefusedAction("frontDesk.close.outcomeRequired");
            }
            if (c.getOutcome() == fi.asiointipiste.visits.entity.TaskOutcome.CONTINUES
                    && (c.getFollowUpOn() == null || !c.getFollowUpOn().isAfter(clock.today()))) {
                throw new RefusedAction("frontDesk.close.followUpRequired");
            }
            task.close(c.getOutcome(), c.getFollowUpOn(), c.isDidItThemselves());
        }
        visit.note(notes);
        visit.finish(clock.now());
        if (parkingLotNote != null && !parkingLotNote.isBlank()) {
            parkingLotNotes.fire(new ParkingLotNoteWritten(visit.getServicePoint().getId(), visit.getId(), parkingLotNote));
        }
        closed.fire(new VisitClosed(visit.getId(), visit.getServicePoint().getId()));
        return visit;
    }

    /** The point's tasks by how often they were handled there in the last 90 days, most frequent first. */
    public List<String> frequentTaskCodes(StaffUser actor, long pointId) {
        ServicePoint point = readablePoint(actor, pointId);
        return em.createNamedQuery("VisitTask.frequentCodesAtPoint", String.class)
                .setParameter("point", point).setParameter("since", clock.now().minusDays(90)).getResultList();
    }

    /** Earlier visits of the visit's customer (audited through the identification), newest first. */
    public List<Visit> earlierVisits(Visit visit) {
        if (visit.getCustomer() == null) {
            return List.of();
        }
        return em.createNamedQuery("Visit.ofCustomer", Visit.class).setParameter("customer", visit.getCustomer())
                .setMaxResults(11).getResultStream().filter(v -> !v.getId().equals(visit.getId())).toList();
    }

    Optional<CustomerProfile> lastProfileOf(Visit visit) {
        return earlierVisits(visit).stream().map(Visit::getProfile).filter(p -> p != null).findFirst();
    }

    private Integer visitsLast90Days(Visit visit) {
        if (visit.getCustomer() == null) {
            return null;
        }
        long count = em.createNamedQuery("Visit.countOfCustomerSince", Long.class)
                .setParameter("customer", visit.getCustomer()).setParameter("since", clock.now().minusDays(90))
                .getSingleResult();
        return (int) Math.max(0, count - 1);
    }

    private Agency agency(String code) {
        if (code == null) {
            return null;
        }
        return em.createNamedQuery("Agency.byCode", Agency.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    private VisitTask task(Visit visit, long taskId) {
        return visit.getTasks().stream().filter(t -> t.getId() == taskId).findFirst()
                .orElseThrow(() -> new RefusedAction("frontDesk.task.notInVisit"));
    }

    private Visit editable(StaffUser actor, long visitId, long version, VisitStatus expected) {
        Visit visit = em.find(Visit.class, visitId);
        if (visit == null || !worksAt(actor, visit.getServicePoint())) {
            throw new RefusedAction("frontDesk.visit.notFound");
        }
        if (!actor.has(Role.CLERK)) {
            throw new RefusedAction("frontDesk.readOnly");
        }
        if (visit.getVersion() != version) {
            throw new OptimisticLockException("visit " + visitId + " changed since version " + version);
        }
        if (visit.getStatus() != expected) {
            throw new RefusedAction("frontDesk.visit.wrongState");
        }
        em.lock(visit, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return visit;
    }

    ServicePoint readablePoint(StaffUser actor, long pointId) {
        ServicePoint point = em.find(ServicePoint.class, pointId);
        if (point == null || !worksAt(actor, point)) {
            throw new RefusedAction("frontDesk.pointNotYours");
        }
        return point;
    }

    ServicePoint writablePoint(StaffUser actor, long pointId) {
        ServicePoint point = readablePoint(actor, pointId);
        if (!actor.has(Role.CLERK)) {
            throw new RefusedAction("frontDesk.readOnly");
        }
        return point;
    }

    static boolean worksAt(StaffUser actor, ServicePoint point) {
        return actor.getServicePoints().stream().anyMatch(p -> p.getId().equals(point.getId()));
    }
}
