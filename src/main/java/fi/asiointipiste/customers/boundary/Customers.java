package fi.asiointipiste.customers.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.customers.entity.PersonalIdentityCode;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.limits.RateLimit;
import fi.asiointipiste.platform.text.HumanText;
import fi.asiointipiste.platform.time.ServiceClock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The customers who chose to be identified. Every read of a person's identity is written to the audit log, by
 * customer id only (never the code or the name): a search hit ({@value #LISTED}: name and birth date shown), a
 * search by identity code ({@value #FOUND_BY_CODE}), an opening ({@value #OPENED}). Searches are limited per user
 * ({@code asiointipiste.customer-search.max-per-window} in {@code …window-minutes}), so nobody reads the register by
 * rapid searches.
 *
 * <p>The name search here covers every customer: it is the administrators' (subject access, admin pages only). The
 * front desk searches through {@code visits.boundary.CustomerSearch}, which keeps a clerk to the customers of their
 * own service points.
 */
@ApplicationScoped
@Transactional
public class Customers {

    /** Audit actions of identity reads (entity type {@value #ENTITY}, entity id the customer's id). */
    public static final String LISTED = "CUSTOMER_LISTED";

    public static final String FOUND_BY_CODE = "CUSTOMER_FOUND_BY_CODE";
    public static final String OPENED = "CUSTOMER_OPENED";
    public static final String ENTITY = "Customer";

    /** The most hits a search shows. */
    public static final int MAX_HITS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ServiceClock clock;

    @Inject
    @ConfigProperty(name = "asiointipiste.customer-search.max-per-window", defaultValue = "30")
    int searchesPerWindow;

    @Inject
    @ConfigProperty(name = "asiointipiste.customer-search.window-minutes", defaultValue = "10")
    int searchWindowMinutes;

    private RateLimit searches;

    @PostConstruct
    void init() {
        searches = new RateLimit(searchesPerWindow, Duration.ofMinutes(searchWindowMinutes));
    }

    /**
     * Counts one search by the user and refuses it beyond the limit. Every customer search, wherever it is made,
     * passes here first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void countSearch(String username) {
        if (!searches.tryUse(username)) {
            throw new RefusedAction("frontDesk.customer.searchLimit", "customer searches over the limit", new Object[] {
                searchesPerWindow, searchWindowMinutes
            });
        }
    }

    /** Across the whole register: a valid identity code (exact) or a part of the name; see the class comment. */
    public List<Customer> search(String query) {
        countSearch(audit.actor());
        if (looksLikeCode(query)) {
            return byCode(query, "search");
        }
        List<Customer> hits = em.createNamedQuery("Customer.byName", Customer.class)
                .setParameter("name", Customer.nameSearchPattern(query))
                .setMaxResults(MAX_HITS)
                .getResultList();
        listed(hits, "search");
        return hits;
    }

    /** Whether a query is meant as an identity code (it has digits); a name search has none. */
    public static boolean looksLikeCode(String query) {
        return query != null && query.chars().anyMatch(Character::isDigit);
    }

    /**
     * The customer with this identity code (none or one), audited as found by code; a code that is not valid is
     * refused with what is wrong with it.
     */
    public List<Customer> byCode(String query, String where) {
        PersonalIdentityCode code = validCode(query);
        List<Customer> hits = em.createNamedQuery("Customer.byIdentityCode", Customer.class)
                .setParameter("code", code.value())
                .getResultList();
        hits.forEach(c -> audit.record(FOUND_BY_CODE, ENTITY, c.getId(), null, where));
        return hits;
    }

    /** Customers by id (whom a scoped query found), audited as listed: each hit shows a name and a birth date. */
    public List<Customer> listedByIds(Set<Long> ids, String where) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Customer> hits = em.createNamedQuery("Customer.byIds", Customer.class)
                .setParameter("ids", ids)
                .setMaxResults(MAX_HITS)
                .getResultList();
        listed(hits, where);
        return hits;
    }

    private void listed(List<Customer> hits, String where) {
        hits.forEach(c -> audit.record(LISTED, ENTITY, c.getId(), null, where));
    }

    /** Opens one customer's identity: always audited. */
    public Customer open(long id) {
        return open(id, null);
    }

    /** Opens one customer's identity, noting where (e.g. which visit) in the audit trail. */
    public Customer open(long id, String where) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null) {
            throw new RefusedAction("frontDesk.customer.notFound");
        }
        audit.record(OPENED, ENTITY, id, null, where);
        return customer;
    }

    /** Records that a page showed this customer's identity (audit action and where, e.g. "visit 123"). */
    public void shown(long customerId, String action, String where) {
        audit.record(action, ENTITY, customerId, null, where);
    }

    public Optional<Customer> find(long id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    public Customer create(String fullName, String identityCode, String language) {
        String name = HumanText.name(fullName, Customer.NAME_MAX, "frontDesk.customer.name");
        if (name == null) {
            throw new RefusedAction("frontDesk.customer.nameRequired");
        }
        String code = identityCode == null || identityCode.isBlank()
                ? null
                : validCode(identityCode).value();
        if (code != null
                && !em.createNamedQuery("Customer.byIdentityCode", Customer.class)
                        .setParameter("code", code)
                        .getResultList()
                        .isEmpty()) {
            throw new RefusedAction("frontDesk.customer.codeTaken");
        }
        if (language != null && !List.of("fi", "sv", "en", "other").contains(language)) {
            throw new RefusedAction("frontDesk.intake.languageInvalid");
        }
        Customer customer = new Customer(name, code, language == null ? "fi" : language, clock.now());
        em.persist(customer);
        em.flush();
        audit.record("CUSTOMER_CREATED", ENTITY, customer.getId(), null, null);
        return customer;
    }

    /** Audit action: the retention job erased the customer's identity. */
    public static final String ANONYMISED = "CUSTOMER_ANONYMISED";

    /**
     * Erases the customer's identity for good (retention): the row stays as a pseudonym so the statistics of their
     * visits do not change. Audited with the reason; an already anonymised customer is left as it is (a re-run).
     */
    public boolean anonymise(long id, String reason) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null || customer.isAnonymised()) {
            return false;
        }
        customer.anonymise(clock.now());
        audit.record(ANONYMISED, ENTITY, id, null, reason);
        return true;
    }

    /** The customer with this valid identity code, if any, without auditing (the caller audits its own read). */
    public Optional<Customer> withCode(String code) {
        return em.createNamedQuery("Customer.byIdentityCode", Customer.class)
                .setParameter("code", validCode(code).value())
                .getResultStream()
                .findFirst();
    }

    /** A valid code as of today, or a refusal that says what is wrong with it. */
    private PersonalIdentityCode validCode(String text) {
        PersonalIdentityCode.Problem problem = PersonalIdentityCode.problemOf(text, clock.today());
        if (problem != null) {
            throw new RefusedAction(problem.messageKey(), "identity code refused: " + problem);
        }
        return PersonalIdentityCode.parse(text, clock.today()).orElseThrow();
    }
}
