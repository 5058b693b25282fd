package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.SupportLevel;
import java.util.List;

/**
 * The worked examples of the service-design workshop (docs/routing.md) as the seed rule set's test cases, so every
 * draft made from the seed starts with them: a change that alters one of these decisions must be made on purpose.
 */
public final class WorkshopCases {

    /** One example: its name, the facts, and the decision the workshop agreed on. */
    public record Example(String name, RoutingFacts facts, SupportLevel level, String agency, String mode) {}

    public static final List<Example> EXAMPLES = List.of(
            new Example(
                    "Pera Monitaidoton hakee vuokra-asuntoa",
                    RoutingFacts.of(
                            "MULTI_UNSKILLED", "RENTAL_APARTMENT", "MUNICIPALITY", false, "fi", 58, true, false, 0),
                    SupportLevel.FULL_ASSISTANCE,
                    "MUNICIPALITY",
                    "ON_SITE_SPECIALIST"),
            new Example(
                    "Outi Omatoiminen muuttaa verokorttia",
                    RoutingFacts.of("SELF_DIRECTED", "TAX_CARD", "TAX", true, "fi", 34, false, false, 0),
                    SupportLevel.SELF_SERVICE,
                    "NONE",
                    "AT_DESK"),
            new Example(
                    "Outi Omatoiminen tarvitsee tulkin",
                    RoutingFacts.of("SELF_DIRECTED", "TAX_CARD", "TAX", true, "other", 34, false, true, 0),
                    SupportLevel.GUIDED,
                    "NONE",
                    "AT_DESK"),
            new Example(
                    "Outi Omatoiminen hakee toimeentulotukea",
                    RoutingFacts.of("SELF_DIRECTED", "KELA_SOCIAL_ASSISTANCE", "KELA", true, "fi", 34, false, false, 0),
                    SupportLevel.GUIDED,
                    "KELA",
                    "REMOTE_SPECIALIST"),
            new Example(
                    "Hilma Kontaktinhakija tekee veroilmoituksen",
                    RoutingFacts.of("CONTACT_SEEKING", "TAX_RETURN", "TAX", true, "fi", 67, false, false, 0),
                    SupportLevel.GUIDED,
                    "NONE",
                    "AT_DESK"),
            new Example(
                    "Hilma Kontaktinhakija hakee asumistukea",
                    RoutingFacts.of(
                            "CONTACT_SEEKING", "KELA_HOUSING_ALLOWANCE", "KELA", true, "fi", 67, false, false, 0),
                    SupportLevel.GUIDED,
                    "NONE",
                    "AT_DESK"),
            new Example(
                    "80-vuotias ilman vahvaa tunnistautumista muuttaa osoitetta",
                    RoutingFacts.of("SELF_DIRECTED", "DVV_CHANGE_OF_ADDRESS", "DVV", false, "fi", 80, false, false, 0),
                    SupportLevel.FULL_ASSISTANCE,
                    "NONE",
                    "AT_DESK"),
            new Example(
                    "Passi ilman vahvaa tunnistautumista",
                    RoutingFacts.of("SELF_DIRECTED", "POLICE_PASSPORT", "POLICE", false, "fi", 40, false, false, 0),
                    SupportLevel.GUIDED,
                    "NONE",
                    "AT_DESK"));

    private WorkshopCases() {}
}
