package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.customers.boundary.Customers;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.visits.control.DeskAccess;
import fi.asiointipiste.visits.control.TaskRouting;
import fi.asiointipiste.visits.control.VisitQueries;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Getting to know the customer at the desk: identify them (or let them stay anonymous), choose the profile they are
 * served with (the planned errands of their appointment then join with their recommendations), and record the
 * intake answers the routing facts are read from. An identified customer's earlier visits and follow-ups show.
 */
@ApplicationScoped
@Transactional
public class Intake {

    /** Audit action: a visit page showed the customer's earlier visits (and follow-ups). */
    public static final String EARLIER_SHOWN = "CUSTOMER_VISITS_SHOWN";

    @Inject
    DeskAccess access;

    @Inject
    VisitQueries queries;

    @Inject
    TaskRouting taskRouting;

    @Inject
    Catalogue catalogue;

    @Inject
    Customers customers;

    /** Identifies the customer (opening their identity, audited) or, with null, makes the visit anonymous. */
    public Visit identify(StaffUser actor, long visitId, long version, Long customerId) {
        Visit visit = access.editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        visit.identify(customerId == null ? null : customers.open(customerId, "visit " + visitId));
        if (customerId != null && visit.getProfile() == null) {
            queries.lastProfileOf(visit, actor.getServicePoints()).ifPresent(visit::profileAs);
        }
        return visit;
    }

    public Visit profile(StaffUser actor, long visitId, long version, String profileCode) {
        Visit visit = access.editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        CustomerProfile profile =
                catalogue.profile(profileCode).orElseThrow(() -> new RefusedAction("frontDesk.profile.unknown"));
        visit.profileAs(profile);
        taskRouting.addPlanned(visit);
        return visit;
    }

    public Visit intake(
            StaffUser actor,
            long visitId,
            long version,
            Boolean strongEid,
            Boolean usesOnline,
            String language,
            Boolean needsInterpreter,
            Boolean firstVisit) {
        Visit visit = access.editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        visit.intake(strongEid, usesOnline, language, needsInterpreter, firstVisit);
        return visit;
    }

    /**
     * Earlier visits of the visit's customer at the reader's points (another point's visits are not theirs to see),
     * newest first; showing them is a read of the person's data and is audited ({@value #EARLIER_SHOWN}).
     */
    public List<Visit> earlierVisits(StaffUser reader, Visit visit) {
        List<Visit> earlier = queries.earlierVisits(visit, reader.getServicePoints());
        if (visit.getCustomer() != null) {
            customers.shown(visit.getCustomer().getId(), EARLIER_SHOWN, "visit " + visit.getId());
        }
        return earlier;
    }

    /** Open follow-ups of the customer among the earlier visits the reader may see: tasks that continue or were referred. */
    public static List<VisitTask> openFollowUps(List<Visit> earlierVisits) {
        return earlierVisits.stream()
                .flatMap(v -> v.getTasks().stream())
                .filter(VisitTask::isFollowUp)
                .toList();
    }
}
