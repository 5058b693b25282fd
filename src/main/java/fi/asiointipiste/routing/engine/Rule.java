package fi.asiointipiste.routing.engine;

import java.util.List;

/**
 * One row of a decision table: S-FEEL unary tests per input column and literal output entries per output column,
 * as written in DMN. {@code annotations} are the values of the table's annotation columns (DMN 1.2+).
 */
public record Rule(
        String id,
        List<String> inputEntries,
        List<String> outputEntries,
        String description,
        List<String> annotations) {
    public Rule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("rule id is required");
        }
        inputEntries = List.copyOf(inputEntries);
        outputEntries = List.copyOf(outputEntries);
        description = InputColumn.blankToNull(description);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    public static Rule of(String id, List<String> inputEntries, List<String> outputEntries) {
        return new Rule(id, inputEntries, outputEntries, null, List.of());
    }
}
