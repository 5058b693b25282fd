package fi.asiointipiste.rules.entity;

import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.SupportLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A test case of a rule set: an example errand (the customer's profile, the errand and the other facts the rules
 * read) and the decision the rules must give for it – support level, and where the coordinator cares, the agency
 * and the mode. Kept with its rule set and copied into every draft made from it; a rule set is not published while
 * one of its cases fails.
 */
@Entity
@Table(name = "rule_test_case")
@NamedQuery(
        name = "TestCase.ofSet",
        query = "SELECT c FROM TestCase c WHERE c.ruleSet = :set ORDER BY c.position, c.id")
@NamedQuery(name = "TestCase.maxPosition", query = "SELECT MAX(c.position) FROM TestCase c WHERE c.ruleSet = :set")
public class TestCase implements Serializable {

    public static final int MAX_NAME = 200;
    public static final int MAX_FACTS = 2000;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    @Id
    @SequenceGenerator(name = "rule_test_case_seq", sequenceName = "rule_test_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rule_test_case_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_set_id")
    private RuleSet ruleSet;

    private int position;

    private String name;

    private String facts;

    @Enumerated(EnumType.STRING)
    @Column(name = "expected_level")
    private SupportLevel expectedLevel;

    @Column(name = "expected_agency")
    private String expectedAgency;

    @Column(name = "expected_mode")
    private String expectedMode;

    @Version
    private long version;

    protected TestCase() {}

    /** A case as entered; every rule of {@link #revise} applies. */
    public TestCase(
            RuleSet ruleSet,
            int position,
            String name,
            RoutingFacts facts,
            SupportLevel level,
            String agency,
            String mode) {
        this.ruleSet = ruleSet;
        this.position = position;
        revise(name, facts, level, agency, mode);
    }

    /**
     * Changes what the case says. The name is required (at most {@value #MAX_NAME} characters), a level is
     * required, the agency and the mode are codes such as {@code KELA} or {@code REMOTE_SPECIALIST} or empty for
     * "any"; nothing changes when one of them is refused.
     */
    public void revise(String newName, RoutingFacts newFacts, SupportLevel level, String agency, String mode) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new RuleEditRefused(
                    "rules.tests.badName", "a test case needs a name of at most " + MAX_NAME + " characters");
        }
        if (level == null) {
            throw new RuleEditRefused("rules.tests.noLevel", "a test case needs the expected support level");
        }
        String text = newFacts == null ? "" : newFacts.toText();
        if (text.length() > MAX_FACTS) {
            throw new RuleEditRefused("rules.tests.tooManyFacts", "the facts of a test case are too long");
        }
        String a = code(agency);
        String m = code(mode);
        this.name = n;
        this.facts = text;
        this.expectedLevel = level;
        this.expectedAgency = a;
        this.expectedMode = m;
    }

    private static String code(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!CODE.matcher(v).matches()) {
            throw new RuleEditRefused("rules.tests.badCode", "not a code: " + v);
        }
        return v;
    }

    /** The same case for another rule set (a new draft made from this case's set). */
    public TestCase copyFor(RuleSet other) {
        TestCase copy = new TestCase();
        copy.ruleSet = other;
        copy.position = position;
        copy.name = name;
        copy.facts = facts;
        copy.expectedLevel = expectedLevel;
        copy.expectedAgency = expectedAgency;
        copy.expectedMode = expectedMode;
        return copy;
    }

    /** Whether a decision meets the expectation: the level, and the agency and mode where they are given. */
    public boolean expects(SupportLevel level, String agency, String mode) {
        return expectedLevel == level
                && (expectedAgency == null || expectedAgency.equals(agency == null ? "NONE" : agency))
                && (expectedMode == null || expectedMode.equals(mode));
    }

    public Long getId() {
        return id;
    }

    public RuleSet getRuleSet() {
        return ruleSet;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getFactsText() {
        return facts;
    }

    public RoutingFacts facts() {
        return RoutingFacts.parse(facts);
    }

    public SupportLevel getExpectedLevel() {
        return expectedLevel;
    }

    public String getExpectedAgency() {
        return expectedAgency;
    }

    public String getExpectedMode() {
        return expectedMode;
    }

    public long getVersion() {
        return version;
    }
}
