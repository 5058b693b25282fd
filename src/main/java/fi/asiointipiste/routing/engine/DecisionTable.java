package fi.asiointipiste.routing.engine;

import java.util.List;

/**
 * A decision table as data: what DMN import produces, DMN export writes and the server may persist. It is not
 * validated here; {@link fi.asiointipiste.routing.engine.compile.TableCompiler} reports syntax and type errors and
 * {@link fi.asiointipiste.routing.engine.analysis.TableAnalyzer} finds overlaps, shadowed rules and gaps.
 *
 * @param identity     DMN ids and names of the enclosing definitions and decision
 * @param hitPolicy    how matching rules combine
 * @param aggregation  aggregation of a COLLECT table, else NONE
 * @param annotationNames names of the annotation columns (DMN 1.2+), possibly empty
 */
public record DecisionTable(
        TableIdentity identity,
        HitPolicy hitPolicy,
        Aggregation aggregation,
        List<InputColumn> inputs,
        List<OutputColumn> outputs,
        List<String> annotationNames,
        List<Rule> rules) {
    public DecisionTable {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        annotationNames = annotationNames == null ? List.of() : List.copyOf(annotationNames);
        rules = List.copyOf(rules);
        aggregation = aggregation == null ? Aggregation.NONE : aggregation;
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("a decision table needs at least one output column");
        }
    }

    /** Index of the input column whose expression is {@code name}, or -1. */
    public int inputIndex(String name) {
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).expression().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the output column named {@code name}, or -1. */
    public int outputIndex(String name) {
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * DMN identifiers around the table, kept so that export reproduces the imported document's ids.
     */
    public record TableIdentity(
            String definitionsId,
            String definitionsName,
            String namespace,
            String decisionId,
            String decisionName,
            String tableId,
            String outputLabel) {
        public static TableIdentity named(String name) {
            return new TableIdentity(
                    "definitions-" + name,
                    name,
                    "https://asiointipiste.fi/dmn/" + name,
                    "decision-" + name,
                    name,
                    "table-" + name,
                    null);
        }
    }
}
