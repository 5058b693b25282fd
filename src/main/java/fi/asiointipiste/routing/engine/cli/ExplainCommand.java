package fi.asiointipiste.routing.engine.cli;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.compile.CompiledTable;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import fi.asiointipiste.routing.engine.explain.Explainer;
import fi.asiointipiste.routing.engine.explain.FactText;
import java.io.PrintStream;
import java.util.Map;

/** {@code explain}: parses {@code name=value,...} facts, decides and prints the explanation. */
final class ExplainCommand {
    private ExplainCommand() {}

    static int run(DecisionTable table, String facts, PrintStream out, PrintStream err) {
        CompiledTable compiled = TableCompiler.compile(table);
        Map<String, Object> values = FactText.parse(table, facts);
        out.print(Explainer.explain(compiled, values).toText());
        return 0;
    }
}
