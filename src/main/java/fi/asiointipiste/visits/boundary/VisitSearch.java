package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.customers.boundary.Customers;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.control.DeskAccess;
import fi.asiointipiste.visits.control.VisitSearchQuery;
import fi.asiointipiste.visits.entity.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Visit search for clerks and supervisors: by day, ticket number, errand and customer, always within the searcher's
 * own service points (a point that is not theirs is refused). Searching by a customer goes through
 * {@link Customers#search} (a hit by identity code is audited there) and every customer searched for is audited here
 * as well ({@code VISITS_SEARCHED_BY_CUSTOMER}, by customer id only). Ticket numbers come from the
 * {@link TicketNumbers} port (the arrival feature's tickets).
 */
@ApplicationScoped
@Transactional
public class VisitSearch {

    /** The visits found, newest first, and each one's ticket label where it came with a ticket. */
    public record Result(List<Visit> visits, Map<Long, String> tickets, boolean capped) {}

    @Inject
    DeskAccess access;

    @Inject
    VisitSearchQuery query;

    @Inject
    Customers customers;

    @Inject
    Catalogue catalogue;

    @Inject
    ServiceClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Instance<TicketNumbers> tickets;

    public Result search(StaffUser actor, VisitSearchCriteria c) {
        List<ServicePoint> points = c.getPointId() == null
                ? access.readablePoints(actor)
                : List.of(access.readablePoint(actor, c.getPointId()));
        String task = blankToNull(c.getTaskCode());
        if (task != null && catalogue.task(task).isEmpty()) {
            throw new RefusedAction("frontDesk.task.unknown");
        }
        List<Customer> found = null;
        String who = blankToNull(c.getCustomer());
        if (who != null) {
            found = customers.search(who);
            for (Customer customer : found) {
                audit.record("VISITS_SEARCHED_BY_CUSTOMER", "Customer", customer.getId(), null, null);
            }
        }
        LocalDate day = c.getDay() != null ? c.getDay() : who == null ? clock.today() : null;
        List<Long> ids = null;
        String ticket = blankToNull(c.getTicket());
        if (ticket != null) {
            if (!ticket.matches("\\d{1,4}")) {
                throw new RefusedAction("visitSearch.ticketInvalid");
            }
            if (day == null) {
                throw new RefusedAction("visitSearch.ticketNeedsDay");
            }
            ids = new ArrayList<>();
            List<Long> pointIds = points.stream().map(ServicePoint::getId).toList();
            for (TicketNumbers source : tickets) {
                ids.addAll(source.visitsOf(pointIds, day, Integer.parseInt(ticket)));
            }
        }
        LocalDateTime from = day == null ? null : day.atStartOfDay();
        List<Visit> visits =
                query.find(points, from, day == null ? null : day.plusDays(1).atStartOfDay(), task, found, ids);
        Map<Long, String> labels = new HashMap<>();
        Collection<Long> visitIds = visits.stream().map(Visit::getId).toList();
        if (!visitIds.isEmpty()) {
            for (TicketNumbers source : tickets) {
                labels.putAll(source.labelsOf(visitIds));
            }
        }
        return new Result(visits, labels, visits.size() >= VisitSearchQuery.MAX_ROWS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
