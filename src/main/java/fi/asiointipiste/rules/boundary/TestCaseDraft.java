package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.routing.entity.SupportLevel;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * A test case as a coordinator enters it: a name, the facts by input name (strings, booleans, numbers; null or
 * absent for unknown) and the expected decision (agency and mode null for "any").
 */
@Schema(
        name = "RuleSetTestCaseDraft",
        description = "A new test case of a draft",
        properties = {
            @SchemaProperty(name = "name", description = "Its name"),
            @SchemaProperty(name = "facts", description = "The facts it gives"),
            @SchemaProperty(name = "level", description = "The support level it expects"),
            @SchemaProperty(name = "agency", description = "The agency it expects"),
            @SchemaProperty(name = "mode", description = "The mode it expects")
        })
public record TestCaseDraft(String name, Map<String, Object> facts, SupportLevel level, String agency, String mode)
        implements Serializable {
    public TestCaseDraft {
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
