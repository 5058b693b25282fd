package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.EngineException;
import fi.asiointipiste.routing.engine.Rule;
import fi.asiointipiste.routing.engine.analysis.AnalysisReport;
import fi.asiointipiste.routing.engine.analysis.Finding;
import fi.asiointipiste.routing.engine.analysis.TableAnalyzer;
import fi.asiointipiste.routing.engine.dmn.DmnReader;
import fi.asiointipiste.routing.entity.SupportLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything that must hold before a rule set may be published: the engine's static analysis finds no
 * error (syntax, types, overlaps, gaps), and the table fits routing – one decision per visit task (a
 * single-hit policy), a {@code supportLevel} output with only the three levels, and an {@code agency} output.
 */
public final class RuleSetCheck {

    /** One problem found, with the stable code the UI translates and where it is. */
    @Schema(name = "RuleSetProblem", description = "A problem the check found in a decision table")
    public record Problem(
            @Schema(description = "An error (blocks publishing) or a warning")
            boolean error,

            @Schema(description = "Its stable code, e.g. OVERLAP")
            String code,

            @Schema(description = "What it is, in English") String message,
            @Schema(description = "The rules concerned") List<String> ruleIds,

            @Schema(description = "The column concerned, if one")
            String column,

            @Schema(description = "Facts that show it, if any")
            Map<String, Object> example)
            implements java.io.Serializable {
        public boolean isError() {
            return error;
        }

        public String getCode() {
            return code;
        }

        public String getMessage() {
            return message;
        }

        public String getRules() {
            return String.join(", ", ruleIds);
        }

        public String getColumn() {
            return column;
        }

        public String getExample() {
            return example == null || example.isEmpty() ? "" : example.toString();
        }
    }

    private static final Set<String> LEVELS =
            Arrays.stream(SupportLevel.values()).map(Enum::name).collect(Collectors.toSet());

    private RuleSetCheck() {}

    /** Parses DMN XML; a document the engine cannot read is one problem, not an exception. */
    public static DecisionTable read(String dmnXml) {
        return DmnReader.readString(dmnXml);
    }

    public static List<Problem> problemsOf(String dmnXml) {
        DecisionTable table;
        try {
            table = read(dmnXml);
        } catch (EngineException e) {
            return List.of(new Problem(
                    true,
                    e.error().code(),
                    e.error().message(),
                    e.error().ruleIds(),
                    e.error().column(),
                    Map.of()));
        }
        return problemsOf(table);
    }

    public static List<Problem> problemsOf(DecisionTable table) {
        List<Problem> problems = new ArrayList<>();
        AnalysisReport report = TableAnalyzer.analyze(table);
        for (Finding f : report.findings()) {
            problems.add(new Problem(
                    f.severity() == Finding.Severity.ERROR,
                    f.code(),
                    f.message(),
                    f.ruleIds(),
                    f.column(),
                    f.example()));
        }
        if (!table.hitPolicy().isSingleHit()) {
            problems.add(routing(
                    "ROUTING_MULTI_HIT",
                    "Routing needs one decision per task: use UNIQUE, FIRST," + " PRIORITY or ANY, not "
                            + table.hitPolicy(),
                    null));
        }
        int level = table.outputIndex("supportLevel");
        if (level < 0) {
            problems.add(routing("ROUTING_NO_SUPPORT_LEVEL", "The table needs an output named supportLevel", null));
        } else {
            for (Rule rule : table.rules()) {
                String value = unquote(rule.outputEntries().get(level));
                if (!LEVELS.contains(value)) {
                    problems.add(new Problem(
                            true,
                            "ROUTING_UNKNOWN_LEVEL",
                            "Rule " + rule.id() + " gives support level " + value + "; allowed are " + LEVELS,
                            List.of(rule.id()),
                            "supportLevel",
                            Map.of()));
                }
            }
        }
        if (table.outputIndex("agency") < 0) {
            problems.add(routing("ROUTING_NO_AGENCY", "The table needs an output named agency", null));
        }
        return problems;
    }

    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::error);
    }

    private static Problem routing(String code, String message, String column) {
        return new Problem(true, code, message, List.of(), column, Map.of());
    }

    static String unquote(String entry) {
        String s = entry == null ? "" : entry.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
