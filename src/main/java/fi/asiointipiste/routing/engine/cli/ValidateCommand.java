package fi.asiointipiste.routing.engine.cli;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.analysis.AnalysisReport;
import fi.asiointipiste.routing.engine.analysis.TableAnalyzer;
import java.io.PrintStream;

/** {@code validate}: prints the analysis report; exit status 1 when it contains errors. */
final class ValidateCommand {
    private ValidateCommand() {}

    static int run(DecisionTable table, PrintStream out) {
        long start = System.nanoTime();
        AnalysisReport report = TableAnalyzer.analyze(table);
        out.println("Table '" + table.identity().decisionName() + "': "
                + table.rules().size() + " rules, " + table.inputs().size() + " inputs, hit policy "
                + table.hitPolicy().dmnName());
        out.print(report.toText());
        out.printf("analysed in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        return report.hasErrors() ? 1 : 0;
    }
}
