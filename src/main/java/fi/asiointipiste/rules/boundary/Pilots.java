package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.rules.entity.Pilot;
import fi.asiointipiste.rules.entity.PilotRejected;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.SuccessCriterion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pilots coordinators define: which rule set is tried where and when, against which comparison points, and what
 * decides success. A coordinator names only points they work at (the report's figures are those points'). Every
 * change is audited; a stale edit is refused as a conflict.
 */
@ApplicationScoped
@Transactional
public class Pilots {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ServiceClock clock;

    @Inject
    SignedInStaff staff;

    @Inject
    ServicePoints servicePoints;

    @Inject
    RuleSets ruleSets;

    public List<Pilot> all() {
        return em.createNamedQuery("Pilot.all", Pilot.class).getResultList();
    }

    public Optional<Pilot> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Pilot.class, id));
    }

    /** The pilots that try this rule set, newest first. */
    public List<Pilot> ofRuleSet(long ruleSetId) {
        return em.createNamedQuery("Pilot.ofRuleSet", Pilot.class)
                .setParameter("ruleSetId", ruleSetId)
                .getResultList();
    }

    public Pilot define(PilotDraft draft) {
        Pilot pilot = new Pilot(
                draft.name(),
                draft.hypothesis(),
                ruleSet(draft),
                profile(draft),
                points(draft.pilotPointIds()),
                points(draft.comparisonPointIds()),
                draft.startsOn(),
                draft.endsOn(),
                criteria(draft),
                audit.actor(),
                clock.now());
        pilot.target(profile(draft), agency(draft));
        em.persist(pilot);
        em.flush();
        audit.record("PILOT_DEFINED", "Pilot", pilot.getId(), null, describe(pilot));
        return pilot;
    }

    public Pilot change(Long id, long expectedVersion, PilotDraft draft) {
        Pilot pilot = current(id, expectedVersion);
        String before = describe(pilot);
        pilot.change(
                draft.name(),
                draft.hypothesis(),
                ruleSet(draft),
                points(draft.pilotPointIds()),
                points(draft.comparisonPointIds()),
                draft.startsOn(),
                draft.endsOn(),
                criteria(draft));
        pilot.target(profile(draft), agency(draft));
        audit.record("PILOT_CHANGED", "Pilot", pilot.getId(), before, describe(pilot));
        return pilot;
    }

    public void remove(Long id, long expectedVersion) {
        Pilot pilot = current(id, expectedVersion);
        String before = describe(pilot);
        em.remove(pilot);
        audit.record("PILOT_REMOVED", "Pilot", id, before, null);
    }

    private Pilot current(Long id, long expectedVersion) {
        Pilot pilot = byId(id).orElseThrow(() -> new PilotRejected("pilots.error.notFound", "no pilot " + id));
        if (pilot.getVersion() != expectedVersion) {
            throw new OptimisticLockException("pilot " + id + " was changed by someone else");
        }
        return pilot;
    }

    private RuleSet ruleSet(PilotDraft draft) {
        return ruleSets.byId(draft.ruleSetId())
                .orElseThrow(() -> new PilotRejected("pilots.error.ruleSet", "no rule set " + draft.ruleSetId()));
    }

    /** The target profile, or null for every customer; an unknown id is refused. */
    private CustomerProfile profile(PilotDraft draft) {
        if (draft.targetProfileId() == null) {
            return null;
        }
        CustomerProfile profile = em.find(CustomerProfile.class, draft.targetProfileId());
        if (profile == null) {
            throw new PilotRejected("pilots.error.profile", "no customer profile " + draft.targetProfileId());
        }
        return profile;
    }

    /** The target agency, or null for every errand; an unknown id is refused. */
    private Agency agency(PilotDraft draft) {
        if (draft.targetAgencyId() == null) {
            return null;
        }
        Agency agency = em.find(Agency.class, draft.targetAgencyId());
        if (agency == null) {
            throw new PilotRejected("pilots.error.agency", "no agency " + draft.targetAgencyId());
        }
        return agency;
    }

    /** The points with these ids; an unknown id, or a point the coordinator does not work at, is refused. */
    private List<ServicePoint> points(List<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        List<ServicePoint> found = servicePoints.byIds(wanted);
        if (found.size() != wanted.size()) {
            throw new PilotRejected("pilots.error.unknownPoint", "unknown service point in " + ids);
        }
        Set<Long> mine =
                staff.getServicePoints().stream().map(ServicePoint::getId).collect(Collectors.toSet());
        if (!mine.containsAll(wanted)) {
            throw new PilotRejected("pilots.error.notYourPoint", "not the user's service point in " + ids);
        }
        return found;
    }

    private static List<SuccessCriterion> criteria(PilotDraft draft) {
        return draft.measures().stream().map(PilotDraft.Measure::criterion).toList();
    }

    /** The definition in one line for the audit log (at most 4000 characters, the log's limit). */
    private static String describe(Pilot p) {
        String text = p.getName() + "; rule set " + p.getRuleSet().getVersionNo() + "; customers "
                + (p.getTargetProfile() == null ? "all" : p.getTargetProfile().getCode()) + "; errands "
                + (p.getTargetAgency() == null ? "all" : p.getTargetAgency().getCode()) + "; " + p.getStartsOn() + ".."
                + p.getEndsOn() + "; pilot " + codes(p.getPilotPoints()) + "; comparison "
                + codes(p.getComparisonPoints()) + "; " + p.getCriteria();
        return text.length() <= 4000 ? text : text.substring(0, 4000);
    }

    private static List<String> codes(List<ServicePoint> points) {
        return points.stream().map(ServicePoint::getCode).sorted().toList();
    }
}
