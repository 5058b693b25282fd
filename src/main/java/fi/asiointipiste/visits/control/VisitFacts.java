package fi.asiointipiste.visits.control;

import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.visits.entity.Visit;
import java.time.LocalDate;

/** Builds the routing facts of one task of a visit from the visit's profile, intake answers and customer. */
public final class VisitFacts {

    /**
     * A service point serves in Finnish unless the customer asks for another language; rule sets require a
     * language, so an anonymous customer who was not asked counts as Finnish-speaking.
     */
    static final String DEFAULT_LANGUAGE = "fi";

    private VisitFacts() {}

    /**
     * @param visitsLast90Days earlier visits of an identified customer; null for an anonymous one
     */
    public static RoutingFacts of(Visit visit, ServiceTask task, LocalDate today, Integer visitsLast90Days) {
        Integer age = visit.getCustomer() == null
                ? null
                : visit.getCustomer().identityCode().map(c -> c.ageOn(today)).orElse(null);
        String language = visit.getLanguage() != null
                ? visit.getLanguage()
                : visit.getCustomer() != null ? visit.getCustomer().getPreferredLanguage() : DEFAULT_LANGUAGE;
        Boolean firstVisit = visit.getFirstVisit() != null
                ? visit.getFirstVisit()
                : visitsLast90Days == null ? null : visitsLast90Days == 0;
        return RoutingFacts.of(
                visit.getProfile() == null ? null : visit.getProfile().getCode(),
                task.getCode(),
                task.getAgency().getCode(),
                visit.getStrongEid(),
                language,
                age,
                firstVisit,
                visit.getNeedsInterpreter(),
                visitsLast90Days);
    }
}
