package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.routing.entity.SupportLevel;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A test case as a coordinator enters it: a name, the facts by input name (strings, booleans, numbers; null or
 * absent for unknown) and the expected decision (agency and mode null for "any").
 */
public record TestCaseDraft(String name, Map<String, Object> facts, SupportLevel level, String agency, String mode)
        implements Serializable {
    public TestCaseDraft {
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
