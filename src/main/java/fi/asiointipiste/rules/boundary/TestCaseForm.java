package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.feel.FeelValues;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.entity.RuleEditRefused;
import fi.asiointipiste.rules.entity.TestCase;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a coordinator enters for one test case (rules/test-cases.xhtml): a name, a value per fact the table reads
 * (as typed or chosen; empty for unknown), and the expected level, agency and mode (agency and mode empty for any).
 * The page's bean extends it; {@link #draft(DecisionTable)} turns the typed facts into values of the columns' types.
 */
public abstract class TestCaseForm implements Serializable {

    private Long caseId;
    private long caseVersion;
    private String name;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private SupportLevel level;
    private String agency;
    private String mode;

    /** Fills the form with a case to change. */
    void fill(TestCase c) {
        caseId = c.getId();
        caseVersion = c.getVersion();
        name = c.getName();
        facts.clear();
        c.facts().values().forEach((k, v) -> facts.put(k, v == null ? null : FeelValues.toPlain(v)));
        level = c.getExpectedLevel();
        agency = c.getExpectedAgency();
        mode = c.getExpectedMode();
    }

    /** Empties the form for a new case. */
    void clear() {
        caseId = null;
        caseVersion = 0;
        name = null;
        facts.clear();
        level = null;
        agency = null;
        mode = null;
    }

    /** The case as entered; a number or yes/no that cannot be read is refused with the column's name. */
    TestCaseDraft draft(DecisionTable table) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (InputColumn in : table.inputs()) {
            String typed = facts.get(in.expression());
            values.put(in.expression(), typed == null || typed.isBlank() ? null : value(in, typed.strip()));
        }
        return new TestCaseDraft(name, values, level, blankToNull(agency), blankToNull(mode));
    }

    private static Object value(InputColumn in, String typed) {
        try {
            return switch (in.type()) {
                case NUMBER -> new BigDecimal(typed.replace(',', '.'));
                case BOOLEAN -> Boolean.valueOf(typed);
                case DATE -> java.time.LocalDate.parse(typed);
                case STRING -> typed;
            };
        } catch (RuntimeException e) {
            throw new RuleEditRefused(
                    "rules.tests.badFact", "not a " + in.type().feelName() + " for " + in.expression() + ": " + typed);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public boolean isExisting() {
        return caseId != null;
    }

    public Long getCaseId() {
        return caseId;
    }

    public long getCaseVersion() {
        return caseVersion;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Map<String, String> getFacts() {
        return facts;
    }

    public SupportLevel getLevel() {
        return level;
    }

    public void setLevel(SupportLevel level) {
        this.level = level;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }
}
