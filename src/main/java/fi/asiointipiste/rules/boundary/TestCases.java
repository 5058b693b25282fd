package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.control.TestCaseCsv;
import fi.asiointipiste.rules.entity.RuleEditRefused;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetNotEditable;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import fi.asiointipiste.rules.entity.TestCase;
import fi.asiointipiste.visits.boundary.DecisionHistory;
import fi.asiointipiste.visits.entity.StoredDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The test cases of a draft: entered one by one, imported from CSV, or pinned from the decisions stored with past
 * visits (today's decisions as a regression baseline). A published set's cases are as fixed as its table. Every
 * change is audited; a case changed by someone else meanwhile is a conflict.
 */
@ApplicationScoped
@Transactional
public class TestCases {

    /** At most this many past visits are pinned in one go. */
    public static final int MAX_PINNED = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    RuleSets ruleSets;

    @Inject
    AuditLog audit;

    @Inject
    RuleAccess access;

    @Inject
    Catalogue catalogue;

    @Inject
    DecisionHistory decisions;

    public Optional<TestCase> byId(Long caseId) {
        return Optional.ofNullable(caseId == null ? null : em.find(TestCase.class, caseId));
    }

    public TestCase add(Long setId, TestCaseDraft draft) {
        RuleSet set = draftSet(setId);
        TestCase c = new TestCase(
                set,
                nextPosition(set),
                draft.name(),
                facts(set, draft.facts()),
                draft.level(),
                draft.agency(),
                draft.mode());
        em.persist(c);
        audit.record("TEST_CASE_ADDED", "RuleSet", set.getVersionNo(), null, c.getName());
        return c;
    }

    public TestCase update(Long caseId, long expectedVersion, TestCaseDraft draft) {
        TestCase c = current(caseId, expectedVersion);
        RuleSet set = draftSet(c.getRuleSet().getId());
        String before = c.getName();
        c.revise(draft.name(), facts(set, draft.facts()), draft.level(), draft.agency(), draft.mode());
        audit.record("TEST_CASE_CHANGED", "RuleSet", set.getVersionNo(), before, c.getName());
        return c;
    }

    public void delete(Long caseId, long expectedVersion) {
        TestCase c = current(caseId, expectedVersion);
        RuleSet set = draftSet(c.getRuleSet().getId());
        em.remove(c);
        audit.record("TEST_CASE_DELETED", "RuleSet", set.getVersionNo(), c.getName(), null);
    }

    /** Adds the cases of a CSV file ({@link TestCaseCsv}); a file with any problem is refused whole. */
    public List<TestCase> importCsv(Long setId, String csv) {
        RuleSet set = draftSet(setId);
        TestCaseCsv.Result result = TestCaseCsv.read(table(set), csv);
        if (!result.problems().isEmpty()) {
            throw new TestCsvRefused(result.problems());
        }
        int position = nextPosition(set);
        List<TestCase> added = new ArrayList<>();
        for (TestCaseCsv.Row row : result.rows()) {
            TestCase c = new TestCase(
                    set,
                    position++,
                    row.name(),
                    facts(set, row.facts().values()),
                    row.level(),
                    row.agency(),
                    row.mode());
            em.persist(c);
            added.add(c);
        }
        audit.record("TEST_CASES_IMPORTED", "RuleSet", set.getVersionNo(), null, added.size() + " from CSV");
        return added;
    }

    /** The set's cases as CSV (any status). */
    public String exportCsv(Long setId) {
        RuleSet set = ruleSets.byId(setId).orElseThrow(() -> RuleSets.notFound(setId));
        return TestCaseCsv.write(table(set), ruleSets.testCases(set));
    }

    /**
     * Pins the decisions of the latest past visits as test cases: each distinct set of facts once, expecting the
     * level, agency and mode recommended then. The decisions are those of the version the draft was copied from
     * (or the newest published version), so the cases describe today's rules; {@code namer} names each case in
     * the coordinator's words.
     */
    public List<TestCase> pinPast(Long setId, int count, Function<StoredDecision, String> namer) {
        if (count < 1 || count > MAX_PINNED) {
            throw new RuleEditRefused("rules.tests.pinCount", "pin 1.." + MAX_PINNED + " visits, not " + count);
        }
        RuleSet set = draftSet(setId);
        RuleSet base = baseOf(set);
        Set<String> known = new HashSet<>();
        ruleSets.testCases(set).forEach(c -> known.add(c.getFactsText()));
        int position = nextPosition(set);
        List<TestCase> pinned = new ArrayList<>();
        for (StoredDecision d : decisions.latestOf(base.getId(), count * 20)) {
            if (pinned.size() == count) {
                break;
            }
            RoutingFacts facts = RoutingFacts.parse(d.facts());
            if (known.add(facts.toText())) {
                TestCase c = new TestCase(
                        set,
                        position++,
                        namer.apply(d),
                        facts,
                        d.level(),
                        d.agencyCode() == null ? "NONE" : d.agencyCode(),
                        d.mode());
                em.persist(c);
                pinned.add(c);
            }
        }
        audit.record(
                "TEST_CASES_PINNED",
                "RuleSet",
                set.getVersionNo(),
                "version " + base.getVersionNo(),
                pinned.size() + " past visits");
        return pinned;
    }

    private RuleSet baseOf(RuleSet set) {
        if (set.getBasedOn() != null) {
            Optional<RuleSet> base = ruleSets.all().stream()
                    .filter(r -> r.getVersionNo() == set.getBasedOn() && r.getStatus() != RuleSetStatus.DRAFT)
                    .findFirst();
            if (base.isPresent()) {
                return base.get();
            }
        }
        return ruleSets.all().stream()
                .filter(r -> r.getStatus() == RuleSetStatus.PUBLISHED && r.isAllPoints())
                .findFirst()
                .orElseThrow(() -> new RuleSetNotEditable("rules.notFound", "no published rule set"));
    }

    /** The facts as the table reads them; the errand's agency comes from the catalogue when it is not given. */
    private RoutingFacts facts(RuleSet set, Map<String, Object> given) {
        DecisionTable table = table(set);
        Map<String, Object> facts = new LinkedHashMap<>();
        table.inputs().forEach(in -> facts.put(in.expression(), given.get(in.expression())));
        if (facts.containsKey("taskAgency")
                && facts.get("taskAgency") == null
                && facts.get("task") instanceof String task) {
            catalogue
                    .task(task)
                    .ifPresent(t -> facts.put("taskAgency", t.getAgency().getCode()));
        }
        return RoutingFacts.of(facts);
    }

    private RuleSet draftSet(Long setId) {
        access.requireCoordinator();
        RuleSet set = ruleSets.byId(setId).orElseThrow(() -> RuleSets.notFound(setId));
        if (set.getStatus() != RuleSetStatus.DRAFT) {
            throw new RuleSetNotEditable(
                    "rules.notDraft",
                    "the test cases of rule set " + set.getVersionNo() + " are as fixed as its table");
        }
        return set;
    }

    private TestCase current(Long caseId, long expectedVersion) {
        TestCase c =
                byId(caseId).orElseThrow(() -> new RuleEditRefused("rules.tests.notFound", "no test case " + caseId));
        if (c.getVersion() != expectedVersion) {
            throw new OptimisticLockException("test case " + caseId + " was changed by someone else");
        }
        return c;
    }

    private int nextPosition(RuleSet set) {
        Integer max = em.createNamedQuery("TestCase.maxPosition", Integer.class)
                .setParameter("set", set)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static DecisionTable table(RuleSet set) {
        return RuleSetCheck.read(set.getDmnXml());
    }
}
