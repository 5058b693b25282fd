package fi.asiointipiste.demo;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.OutputColumn;
import fi.asiointipiste.routing.engine.Rule;
import fi.asiointipiste.routing.engine.dmn.DmnReader;
import fi.asiointipiste.routing.engine.dmn.DmnWriter;
import fi.asiointipiste.rules.entity.Pilot;
import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import fi.asiointipiste.rules.entity.SuccessCriterion;
import fi.asiointipiste.rules.entity.SuccessCriterion.Direction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo's finished pilot, created with the generated history so that the history shows what it did: about five
 * months before the first start, version 2 of the rules — the seed rules with one rule on top, "a contact-seeking
 * customer's Kela errand is guided, with a Kela specialist joining remotely" — was published to Keitele and Tervo for
 * sixteen weeks and then retired; Pielavesi and Vesanto kept the seed rules. The generator routes the visits at
 * Keitele and Tervo in those weeks with version 2 (it reads the published sets, {@link DemoVisitWriter#referenceData}),
 * so the pilot report shows the change. Today every point is back on the seed rules.
 */
@ApplicationScoped
@Transactional
public class DemoPilot {

    /** The rule the pilot adds on top of the seed rules. */
    static final String RULE_ID = "contact-seeking-kela-pilot";

    static final String RATIONALE = "Guide the Kela errand; a Kela specialist joins by remote connection.";
    static final int WEEKS = 16;

    private static final Logger LOG = Logger.getLogger(DemoPilot.class.getName());

    @PersistenceContext
    EntityManager em;

    /** The pilot's first day: the Monday of the week five months before {@code today}. */
    static LocalDate firstDay(LocalDate today) {
        return today.minusMonths(5).with(DayOfWeek.MONDAY);
    }

    /** On a database without pilots, the pilot and its rule set (a no-op otherwise). */
    public void createOnFirstStart(LocalDateTime now) {
        if (!em.createNamedQuery("Pilot.all", Pilot.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty()) {
            return;
        }
        RuleSet seed = em.createNamedQuery("RuleSet.all", RuleSet.class).getResultList().stream()
                .filter(r -> r.getStatus() == RuleSetStatus.PUBLISHED && r.isAllPoints())
                .min(java.util.Comparator.comparing(RuleSet::getVersionNo))
                .orElseThrow(() -> new IllegalStateException("the demo pilot needs the seed rules published"));
        LocalDate first = firstDay(now.toLocalDate());
        LocalDate last = first.plusWeeks(WEEKS).minusDays(1);
        List<ServicePoint> pilots = List.of(point("KEITELE"), point("TERVO"));
        Integer max = em.createNamedQuery("RuleSet.maxVersion", Integer.class).getSingleResult();
        RuleSet set = new RuleSet(
                "Kela-asiat ohjattuina kontaktinhakijoille",
                (max == null ? 0 : max) + 1,
                withPilotRule(seed.getDmnXml()),
                "coordinator",
                "Pilotti: kontaktinhakijan Kela-asia ohjataan, ja"
                        + " Kelan asiantuntija liittyy etäyhteydellä; ei täyttä tukea tiskillä.",
                first.minusDays(10).atTime(9, 0));
        em.persist(set);
        set.publish("coordinator", first.minusDays(7).atTime(10, 0), first.atStartOfDay(), false, pilots);
        set.retire(last.plusDays(1).atStartOfDay());
        Pilot pilot = new Pilot(
                "Kela-asiat ohjattuina kontaktinhakijoille",
                "Kun kontaktinhakijan Kela-asia hoidetaan"
                        + " ohjattuna ja Kelan asiantuntija liittyy etäyhteydellä, täyden tuen osuus näistä asioista laskee ja"
                        + " ohjatun nousee, eikä asiakkaan kokema vaivannäkö kasva.",
                set,
                profile("CONTACT_SEEKING"),
                pilots,
                List.of(point("PIELAVESI"), point("VESANTO")),
                first,
                last,
                List.of(
                        new SuccessCriterion(PilotMeasure.FULL_ASSISTANCE_SHARE, Direction.DECREASE, 5),
                        new SuccessCriterion(PilotMeasure.GUIDED_SHARE, Direction.INCREASE, 5),
                        new SuccessCriterion(PilotMeasure.CES, Direction.DECREASE, 0)),
                "coordinator",
                first.minusDays(7).atTime(10, 5));
        pilot.target(profile("CONTACT_SEEKING"), agency("KELA"));
        em.persist(pilot);
        LOG.info(() -> "Created the demo pilot at Keitele and Tervo, " + first + " – " + last + " (rule set "
                + set.getVersionNo() + ")");
    }

    /** The seed table with the pilot's rule on top: contact-seeking customers' Kela errands guided, Kela remotely. */
    static String withPilotRule(String seedXml) {
        DecisionTable seed = DmnReader.readString(seedXml);
        List<String> inputs = new ArrayList<>();
        for (InputColumn column : seed.inputs()) {
            inputs.add(
                    switch (column.expression()) {
                        case "profile" -> "\"CONTACT_SEEKING\"";
                        case "taskAgency" -> "\"KELA\"";
                        default -> "-";
                    });
        }
        List<String> outputs = new ArrayList<>();
        for (OutputColumn column : seed.outputs()) {
            outputs.add(
                    switch (column.name()) {
                        case "supportLevel" -> "\"GUIDED\"";
                        case "agency" -> "\"KELA\"";
                        case "mode" -> "\"REMOTE_SPECIALIST\"";
                        case "flow" -> "\"kela-remote-specialist\"";
                        case "rationale" -> "\"" + RATIONALE + "\"";
                        default -> "null";
                    });
        }
        List<Rule> rules = new ArrayList<>(seed.rules());
        rules.add(
                0,
                new Rule(RULE_ID, inputs, outputs, "Pilot: contact-seeking customers' Kela errands guided", List.of()));
        return DmnWriter.write(new DecisionTable(
                seed.identity(),
                seed.hitPolicy(),
                seed.aggregation(),
                seed.inputs(),
                seed.outputs(),
                seed.annotationNames(),
                rules));
    }

    private ServicePoint point(String code) {
        return em.createNamedQuery("ServicePoint.byCode", ServicePoint.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    private CustomerProfile profile(String code) {
        return em.createNamedQuery("CustomerProfile.byCode", CustomerProfile.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    private Agency agency(String code) {
        return em.createNamedQuery("Agency.byCode", Agency.class)
                .setParameter("code", code)
                .getSingleResult();
    }
}
