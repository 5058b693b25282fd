package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.visits.control.IdentityHint;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The customer search of the visit and booking pages (front-desk/visit.xhtml, front-desk/appointments.xhtml): by
 * name (customers of the clerk's points) or identity code, hits with masked codes only (every hit audited), an
 * identity code checked as it is typed. Choosing a hit is the page's own bean.
 */
@Named
@ViewScoped
public class CustomerSearchBacking implements Serializable {

    @Inject
    CustomerSearch customers;

    @Inject
    SignedInStaff staff;

    private String query;
    private List<Customer> hits = List.of();

    public void search() {
        hits = List.of(); // stays empty when the search is refused
        hits = customers.search(staff.actor(), query);
        if (hits.isEmpty()) {
            Messages.info("frontDesk.customer.noHits");
        }
    }

    /** After a customer was chosen: an empty search. */
    public void clear() {
        hits = List.of();
        query = null;
    }

    /** Validation as typed: an identity code is checked as soon as it has its full length. */
    public String getQueryHint() {
        return IdentityHint.of(query);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<Customer> getHits() {
        return hits;
    }
}
