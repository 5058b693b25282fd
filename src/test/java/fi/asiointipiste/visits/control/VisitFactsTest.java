package fi.asiointipiste.visits.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.Visit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class VisitFactsTest {

    private static final LocalizedText TEXT = new LocalizedText("a", "b", "c");
    private static final ServiceTask RENTAL =
            new ServiceTask("RENTAL_APARTMENT", new Agency("MUNICIPALITY", TEXT, null), TEXT, null);

    private static Visit visit() {
        Visit visit =
                new Visit(new ServicePoint("P", "Point", "Town"), Channel.WALK_IN, LocalDateTime.of(2026, 11, 2, 9, 0));
        visit.profileAs(new CustomerProfile("MULTI_UNSKILLED", "Pera", TEXT, TEXT));
        return visit;
    }

    @Test
    void anAnonymousCustomerWhoWasNotAskedCountsAsFinnishSpeakingWithUnknownFacts() {
        RoutingFacts facts = VisitFacts.of(visit(), RENTAL, LocalDate.of(2026, 11, 2), null);
        assertThat(facts.toText())
                .isEqualTo("profile=\"MULTI_UNSKILLED\";task=\"RENTAL_APARTMENT\";"
                        + "taskAgency=\"MUNICIPALITY\";strongEid=null;language=\"fi\";age=null;firstVisit=null;"
                        + "needsInterpreter=null;visitsLast90Days=null");
    }

    @Test
    void theIntakeAnswersAndTheIdentifiedCustomerFillTheFacts() {
        Visit visit = visit();
        visit.identify(new Customer("Pera Testinen", "131052-308T", "sv", LocalDateTime.of(2026, 1, 1, 0, 0)));
        visit.intake(false, false, null, true, null);
        RoutingFacts facts = VisitFacts.of(visit, RENTAL, LocalDate.of(2026, 11, 2), 0);
        assertThat(facts.get("language")).isEqualTo("sv");
        assertThat(facts.get("age")).isEqualTo(74);
        assertThat(facts.get("strongEid")).isEqualTo(false);
        assertThat(facts.get("needsInterpreter")).isEqualTo(true);
        assertThat(facts.get("firstVisit")).isEqualTo(true);
        assertThat(facts.get("visitsLast90Days")).isEqualTo(0);
    }
}
