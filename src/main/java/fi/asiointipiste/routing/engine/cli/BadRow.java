package fi.asiointipiste.routing.engine.cli;

import fi.asiointipiste.routing.engine.EngineError;
import fi.asiointipiste.routing.engine.compile.CompiledTable;
import fi.asiointipiste.routing.engine.compile.Decision;
import java.util.List;

/** A row that could not be decided because the CSV record itself is malformed. */
final class BadRow extends Decision {
    private final CompiledTable table;
    private final EngineError error;

    BadRow(CompiledTable table, String code, String message) {
        this.table = table;
        this.error = EngineError.of(code, message);
    }

    @Override
    public boolean isError() {
        return true;
    }

    @Override
    public EngineError error() {
        return error;
    }

    @Override
    public int matchCount() {
        return 0;
    }

    @Override
    public int matchedRuleIndex(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    @Override
    public String matchedRuleId(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    @Override
    public Object output(int column) {
        return null;
    }

    @Override
    public String outputText(int column) {
        return "";
    }

    @Override
    protected List<String> outputNames() {
        return table.outputNames();
    }
}
