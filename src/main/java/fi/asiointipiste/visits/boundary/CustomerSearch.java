package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.customers.boundary.Customers;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.visits.control.VisitQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The front desk's search for a customer, scoped to the reader: a name search finds only customers who have a visit
 * or an appointment at one of the reader's service points; an identity code finds its one person anywhere (the person
 * is at the desk and gave it). Every search counts against the user's search limit, and every hit is audited
 * ({@link Customers}): a hit shows a name and a birth date.
 */
@ApplicationScoped
@Transactional
public class CustomerSearch {

    @Inject
    Customers customers;

    @Inject
    VisitQueries queries;

    public List<Customer> search(StaffUser reader, String query) {
        customers.countSearch(reader.getUsername());
        if (Customers.looksLikeCode(query)) {
            return customers.byCode(query, "front desk search");
        }
        String pattern = Customer.nameSearchPattern(query);
        return customers.listedByIds(
                queries.customersKnownAt(reader.getServicePoints(), pattern, Customers.MAX_HITS), "front desk search");
    }
}
