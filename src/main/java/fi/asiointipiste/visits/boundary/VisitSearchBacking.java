package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.entity.Visit;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The visit search page (front-desk/search.xhtml): the criteria form and the visits found. */
@Named
@ViewScoped
public class VisitSearchBacking implements Serializable {

    @Inject
    VisitSearch search;

    @Inject
    Catalogue catalogue;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    private final VisitSearchCriteria criteria = new VisitSearchCriteria();
    private transient List<Visit> found;
    private Map<Long, String> tickets = Map.of();
    private boolean searched;

    @PostConstruct
    void init() {
        criteria.setDay(clock.today());
    }

    public void search() {
        VisitSearch.Result result = search.search(staff.actor(), criteria);
        found = result.visits();
        tickets = result.tickets();
        searched = true;
        if (result.capped()) {
            Messages.info("visitSearch.capped");
        }
    }

    public VisitSearchCriteria getCriteria() {
        return criteria;
    }

    public List<Visit> getFound() {
        return found == null ? List.of() : found;
    }

    public String ticketOf(Visit visit) {
        return tickets.getOrDefault(visit.getId(), "");
    }

    public boolean isSearched() {
        return searched;
    }

    public List<ServicePoint> getPoints() {
        return staff.getServicePoints();
    }

    public List<ServiceTask> getTasks() {
        return catalogue.tasks();
    }
}
