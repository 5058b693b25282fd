package fi.asiointipiste.routing.engine.analysis;

import fi.asiointipiste.routing.engine.EngineError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One analysis result. {@code example} is a full input (fact name to value) showing the problem; for gaps,
 * {@code anyFor} lists the inputs whose value does not matter for that gap.
 */
public record Finding(
        Severity severity,
        String code,
        String message,
        List<String> ruleIds,
        String column,
        Map<String, Object> example,
        List<String> anyFor) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public Finding {
        ruleIds = List.copyOf(ruleIds);
        example = example == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(example));
        anyFor = anyFor == null ? List.of() : List.copyOf(anyFor);
    }

    static Finding of(Severity s, EngineError e) {
        return new Finding(s, e.code(), e.message(), e.ruleIds(), e.column(), null, null);
    }
}
