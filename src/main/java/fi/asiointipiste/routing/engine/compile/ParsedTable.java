package fi.asiointipiste.routing.engine.compile;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.EngineError;
import fi.asiointipiste.routing.engine.feel.UnaryTests;
import java.util.List;

/**
 * A table with every cell parsed and type-checked. Cells that failed to parse hold {@code -} so that analysis can
 * go on; {@link #errors()} says what failed.
 *
 * @param tests         [rule][input] parsed input entries
 * @param outputs       [rule][output] output literal values (String, BigDecimal, Boolean, LocalDate or null)
 * @param allowedInputs [input] parsed allowed values, or null when the column has none
 * @param allowedOutputs [output] allowed output values in priority order, or null
 */
public record ParsedTable(
        DecisionTable table,
        UnaryTests[][] tests,
        Object[][] outputs,
        UnaryTests[] allowedInputs,
        List<Object>[] allowedOutputs,
        List<EngineError> errors,
        List<EngineError> warnings) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
