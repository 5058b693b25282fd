package fi.asiointipiste.customers.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.customers.entity.PersonalIdentityCode;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.platform.i18n.RefusedAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The customers who chose to be identified. A search by identity code and every opening of a customer's
 * identity are written to the audit log (by customer id only, never the code or the name).
 */
@ApplicationScoped
@Transactional
public class Customers {

    private static final int MAX_HITS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ServiceClock clock;

    /** By a valid identity code (exact) or by a part of the name (at least two letters). */
    public List<Customer> search(String query) {
        String q = query == null ? "" : query.strip();
        Optional<PersonalIdentityCode> code = PersonalIdentityCode.parse(q);
        List<Customer> hits;
        if (code.isPresent()) {
            hits = em.createNamedQuery("Customer.byIdentityCode", Customer.class)
                    .setParameter("code", code.get().value()).getResultList();
            hits.forEach(c -> audit.record("CUSTOMER_FOUND_BY_CODE", "Customer", c.getId(), null, null));
        } else if (q.length() >= 2 && q.chars().noneMatch(Character::isDigit)) {
            hits = em.createNamedQuery("Customer.byName", Customer.class)
                    .setParameter("name", "%" + q.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%")
                    .setMaxResults(MAX_HITS).getResultList();
        } else {
            throw new RefusedAction("frontDesk.customer.searchInvalid");
        }
        return hits;
    }

    /** Opens one customer's identity: always audited. */
    public Customer open(long id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null) {
            throw new RefusedAction("frontDesk.customer.notFound");
        }
        audit.record("CUSTOMER_OPENED", "Customer", id, null, null);
        return customer;
    }

    public Customer create(String fullName, String identityCode, String language) {
        String code = identityCode == null || identityCode.isBlank() ? null : identityCode.strip();
        if (fullName == null || fullName.isBlank()) {
            throw new RefusedAction("frontDesk.customer.nameRequired");
        }
        if (code != null && !PersonalIdentityCode.isValid(code)) {
            throw new RefusedAction("frontDesk.customer.codeInvalid");
        }
        if (code != null && !em.createNamedQuery("Customer.byIdentityCode", Customer.class)
                .setParameter("code", PersonalIdentityCode.parse(code).orElseThrow().value()).getResultList().isEmpty()) {
            throw new RefusedAction("frontDesk.customer.codeTaken");
        }
        Customer customer = new Customer(fullName.strip(), code, language == null ? "fi" : language, clock.now());
        em.persist(customer);
        em.flush();
        audit.record("CUSTOMER_CREATED", "Customer", customer.getId(), null, null);
        return customer;
    }
}
