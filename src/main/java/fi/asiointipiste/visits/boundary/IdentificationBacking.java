package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.customers.boundary.Customers;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The customer section of front-desk/visit.xhtml: choose a customer found by {@link CustomerSearchBacking} or
 * create one, or let them stay anonymous; an identified customer's earlier visits and open follow-ups.
 */
@Named
@ViewScoped
public class IdentificationBacking implements Serializable {

    @Inject
    VisitBacking visit;

    @Inject
    CustomerSearchBacking search;

    @Inject
    Intake intake;

    @Inject
    Customers customers;

    @Inject
    SignedInStaff staff;

    /** The earlier visits as read for one version of the visit: the page asks several times per request. */
    private List<Visit> earlier;

    private String earlierOf;

    private String newName;
    private String newCode;
    private String newLanguage = "fi";

    public void choose(Customer customer) {
        visit.change((actor, id, version) -> intake.identify(actor, id, version, customer.getId()));
        search.clear();
    }

    public void anonymous() {
        visit.change((actor, id, version) -> intake.identify(actor, id, version, null));
    }

    public void create() {
        Customer created = customers.create(newName, newCode, newLanguage);
        visit.change((actor, id, version) -> intake.identify(actor, id, version, created.getId()));
        newName = null;
        newCode = null;
    }

    /** The search's hits, each offered with this bean's {@code choose} (the page's customer-hits list). */
    public List<Customer> getHits() {
        return search.getHits();
    }

    /** Read (and audited) once per version of the visit, not on every use in the page. */
    public List<Visit> getEarlierVisits() {
        Visit v = visit.getVisit();
        if (v == null) {
            return List.of();
        }
        String key = v.getId() + "/" + v.getVersion();
        if (!key.equals(earlierOf)) {
            earlier = intake.earlierVisits(staff.actor(), v);
            earlierOf = key;
        }
        return earlier;
    }

    public List<VisitTask> getOpenFollowUps() {
        return Intake.openFollowUps(getEarlierVisits());
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewLanguage() {
        return newLanguage;
    }

    public void setNewLanguage(String newLanguage) {
        this.newLanguage = newLanguage;
    }
}
