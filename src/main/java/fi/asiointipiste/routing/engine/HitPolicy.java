package fi.asiointipiste.routing.engine;

/**
 * DMN hit policies, with the semantics of DMN 1.3 as implemented by Apache KIE.
 * <ul>
 * <li>UNIQUE: at most one rule may match; two matching rules are an error naming them.</li>
 * <li>FIRST: the first matching rule in table order wins.</li>
 * <li>PRIORITY: the matching rule whose outputs come first in the output columns' allowed-value order wins,
 * comparing output columns left to right; ties go to the earlier rule.</li>
 * <li>ANY: several rules may match if they all give the same outputs; otherwise an error.</li>
 * <li>COLLECT: all matching rules, in rule order, optionally aggregated (see {@link Aggregation}).</li>
 * <li>RULE_ORDER: all matching rules in rule order.</li>
 * </ul>
 * No match gives null outputs for every policy.
 */
public enum HitPolicy {
    UNIQUE("UNIQUE", true),
    FIRST("FIRST", true),
    PRIORITY("PRIORITY", true),
    ANY("ANY", true),
    COLLECT("COLLECT", false),
    RULE_ORDER("RULE ORDER", false);

    private final String dmnName;
    private final boolean singleHit;

    HitPolicy(String dmnName, boolean singleHit) {
        this.dmnName = dmnName;
        this.singleHit = singleHit;
    }

    /** The value of the DMN {@code hitPolicy} attribute. */
    public String dmnName() {
        return dmnName;
    }

    /** Whether a decision has at most one selected rule. */
    public boolean isSingleHit() {
        return singleHit;
    }

    public static HitPolicy fromDmnName(String name) {
        for (HitPolicy p : values()) {
            if (p.dmnName.equals(name.trim())) {
                return p;
            }
        }
        throw new EngineException(EngineError.of(
                "UNSUPPORTED_HIT_POLICY",
                "Hit policy '" + name
                        + "' is not supported; expected UNIQUE, FIRST, PRIORITY, ANY, COLLECT or RULE ORDER"));
    }
}
