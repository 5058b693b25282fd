package fi.asiointipiste.arrival.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.arrival.control.DoorRouting.DoorDecision;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.entity.RuleTable;
import fi.asiointipiste.routing.entity.SupportLevel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Routing at the door with the seed rule set: the two steps of {@link DoorFacts}. */
class DoorRoutingTest {

    private static final RuleTable SEED = seed(false);

    /** The seed rule set as it is, or with its profile column also accepting an unknown profile (null). */
    private static final RuleTable OPEN_PROFILE = seed(true);

    private static final Routing ROUTING = new Routing();

    private static RuleTable seed(boolean acceptUnknownProfile) {
        try (InputStream in = DoorRoutingTest.class.getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String profiles = "\"SELF_DIRECTED\",\"MULTI_UNSKILLED\",\"CONTACT_SEEKING\"</text>";
            assertThat(xml).contains(profiles);
            return new RuleTable(
                    acceptUnknownProfile ? 2 : 1,
                    1,
                    acceptUnknownProfile
                            ? xml.replace(
                                    profiles, "\"SELF_DIRECTED\",\"MULTI_UNSKILLED\",\"CONTACT_SEEKING\",null</text>")
                            : xml,
                    true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DoorDecision door(String task, String agency, boolean interpreter, Boolean eid) {
        return door(SEED, task, agency, interpreter, eid);
    }

    private static DoorDecision door(RuleTable set, String task, String agency, boolean interpreter, Boolean eid) {
        return DoorRouting.decide(facts -> ROUTING.recommend(set, facts), task, agency, "fi", interpreter, eid);
    }

    @Test
    void aRuleSetThatAcceptsAnUnknownProfileDecidesWithTheProfileNotYetKnown() {
        DoorDecision kela = door(OPEN_PROFILE, "KELA_SOCIAL_ASSISTANCE", "KELA", false, null);
        assertThat(kela.level()).isEqualTo(SupportLevel.GUIDED);
        assertThat(kela.ruleId()).isEqualTo("kela-complex");
        assertThat(kela.agencyCode()).isEqualTo("KELA");
        assertThat(kela.mode()).isEqualTo("REMOTE_SPECIALIST");
        assertThat(kela.doorProfile()).isNull();
        assertThat(kela.facts())
                .startsWith("profile=null;task=\"KELA_SOCIAL_ASSISTANCE\"")
                .contains("language=\"fi\"", "needsInterpreter=false", "age=null", "visitsLast90Days=null");

        DoorDecision taxWithoutEid = door(OPEN_PROFILE, "TAX_CARD", "TAX", false, false);
        assertThat(taxWithoutEid.ruleId()).isEqualTo("tax-without-eid");
        assertThat(taxWithoutEid.level()).isEqualTo(SupportLevel.GUIDED);
        assertThat(taxWithoutEid.doorProfile()).isNull();

        DoorDecision digital = door(OPEN_PROFILE, "DIGITAL_SUPPORT", "MUNICIPALITY", false, false);
        assertThat(digital.doorProfile())
                .as("no rule without a profile: the door profile")
                .isEqualTo("CONTACT_SEEKING");
    }

    @Test
    void theSeedRuleSetAcceptsOnlyTheWorkshopProfilesSoTheDoorProfileDecides() {
        DoorDecision kela = door("KELA_SOCIAL_ASSISTANCE", "KELA", false, null);
        assertThat(kela.doorProfile()).isEqualTo("CONTACT_SEEKING");
        assertThat(kela.ruleId())
                .as("the profile-free rule comes first in the table")
                .isEqualTo("kela-complex");
        assertThat(kela.facts()).startsWith("profile=\"CONTACT_SEEKING\";task=\"KELA_SOCIAL_ASSISTANCE\"");
        DoorDecision taxWithoutEid = door("TAX_CARD", "TAX", false, false);
        assertThat(taxWithoutEid.ruleId()).isEqualTo("tax-without-eid");
        assertThat(taxWithoutEid.doorProfile()).isEqualTo("CONTACT_SEEKING");
    }

    @Test
    void withAnEIdentificationAndNoInterpreterTheDoorAssumesTheSelfDirectedProfile() {
        DoorDecision tax = door("TAX_CARD", "TAX", false, true);
        assertThat(tax.doorProfile()).isEqualTo("SELF_DIRECTED");
        assertThat(tax.level()).isEqualTo(SupportLevel.SELF_SERVICE);
        assertThat(tax.ruleId()).isEqualTo("self-directed-with-eid");
        assertThat(tax.facts())
                .startsWith("profile=\"SELF_DIRECTED\";task=\"TAX_CARD\"")
                .contains("strongEid=true");
    }

    @Test
    void otherwiseTheDoorAssumesSomeoneWhoCameToTalkToAPerson() {
        DoorDecision unanswered = door("TAX_CARD", "TAX", false, null);
        assertThat(unanswered.doorProfile()).isEqualTo("CONTACT_SEEKING");
        assertThat(unanswered.level()).isEqualTo(SupportLevel.GUIDED);

        DoorDecision interpreter = door("DVV_CHANGE_OF_ADDRESS", "DVV", true, true);
        assertThat(interpreter.doorProfile()).isEqualTo("CONTACT_SEEKING");
        assertThat(interpreter.level()).isEqualTo(SupportLevel.FULL_ASSISTANCE);
        assertThat(interpreter.ruleId()).isEqualTo("contact-seeking-interpreter");

        DoorDecision housing = door("RENTAL_APARTMENT", "MUNICIPALITY", true, null);
        assertThat(housing.ruleId()).isEqualTo("housing-interpreter");
        assertThat(housing.level()).isEqualTo(SupportLevel.FULL_ASSISTANCE);
    }

    @Test
    void noErrandIsSelfServiceUnlessTheCustomerSaidTheyCanSignIn() {
        for (String[] task : new String[][] {
            {"TAX_CARD", "TAX"},
            {"KELA_HOUSING_ALLOWANCE", "KELA"},
            {"DVV_CHANGE_OF_ADDRESS", "DVV"},
            {"POLICE_PASSPORT", "POLICE"},
            {"DIGITAL_SUPPORT", "MUNICIPALITY"}
        }) {
            assertThat(door(task[0], task[1], false, null).level()).as(task[0]).isNotEqualTo(SupportLevel.SELF_SERVICE);
            assertThat(door(task[0], task[1], false, false).level())
                    .as(task[0])
                    .isNotEqualTo(SupportLevel.SELF_SERVICE);
        }
    }

    @Test
    void withoutAnyRuleSetTheErrandIsNotRouted() {
        assertThat(DoorRouting.decide(
                        facts -> {
                            throw new fi.asiointipiste.routing.boundary.RoutingFailed("NO_RULE_SET", "none");
                        },
                        "TAX_CARD",
                        "TAX",
                        "fi",
                        false,
                        true))
                .isNull();
    }
}
