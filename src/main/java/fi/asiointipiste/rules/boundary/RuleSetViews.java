package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.OutputColumn;
import fi.asiointipiste.routing.engine.Rule;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.control.UnusedValues;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.TableDiff;
import fi.asiointipiste.rules.entity.TestCase;
import fi.asiointipiste.rules.entity.TestOutcome;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** What the rule-set REST calls answer: records made from entities and the engine's table, never entities. */
public final class RuleSetViews {

    private RuleSetViews() {}

    @Schema(
            name = "RuleSet",
            description = "A version of the routing rules",
            properties = {
                @SchemaProperty(name = "id", description = "Its id"),
                @SchemaProperty(name = "versionNo", description = "Its version number"),
                @SchemaProperty(name = "name", description = "Its name"),
                @SchemaProperty(name = "status", description = "DRAFT, PUBLISHED or RETIRED"),
                @SchemaProperty(name = "author", description = "Who made it"),
                @SchemaProperty(name = "changeNote", description = "What changed"),
                @SchemaProperty(name = "effectiveFrom", description = "When it takes effect"),
                @SchemaProperty(name = "retiredAt", description = "When it was retired"),
                @SchemaProperty(name = "allPoints", description = "For every point (else the pilot points)"),
                @SchemaProperty(name = "pilotPoints", description = "Codes of the pilot points"),
                @SchemaProperty(name = "version", description = "Its version (optimistic locking)"),
                @SchemaProperty(name = "basedOn", description = "The version it was copied from"),
                @SchemaProperty(name = "publishedBy", description = "Who published it"),
                @SchemaProperty(name = "publishNote", description = "The publisher's note on why")
            })
    public record Summary(
            long id,
            int versionNo,
            String name,
            String status,
            String author,
            String changeNote,
            LocalDateTime effectiveFrom,
            LocalDateTime retiredAt,
            boolean allPoints,
            List<String> pilotPoints,
            long version,
            Integer basedOn,
            String publishedBy,
            String publishNote) {
        static Summary of(RuleSet r) {
            return new Summary(
                    r.getId(),
                    r.getVersionNo(),
                    r.getName(),
                    r.getStatus().name(),
                    r.getAuthor(),
                    r.getChangeNote(),
                    r.getEffectiveFrom(),
                    r.getRetiredAt(),
                    r.isAllPoints(),
                    r.getPilotPoints().stream().map(p -> p.getCode()).sorted().toList(),
                    r.getVersion(),
                    r.getBasedOn(),
                    r.getPublishedBy(),
                    r.getPublishNote());
        }
    }

    @Schema(
            name = "RuleSetColumn",
            description = "A column of the decision table",
            properties = {
                @SchemaProperty(name = "name", description = "Its name (an input's expression)"),
                @SchemaProperty(name = "label", description = "Its label"),
                @SchemaProperty(name = "type", description = "Its FEEL type"),
                @SchemaProperty(name = "allowedValues", description = "The values it allows")
            })
    public record ColumnView(String name, String label, String type, String allowedValues) {}

    /** One rule: its 1-based row, id, and cells by column name as written (S-FEEL conditions, literal outputs). */
    @Schema(
            name = "RuleSetRule",
            description = "One rule of the table",
            properties = {
                @SchemaProperty(name = "row", description = "Its 1-based row"),
                @SchemaProperty(name = "id", description = "Its id"),
                @SchemaProperty(name = "conditions", description = "Its conditions by column, as written (S-FEEL)"),
                @SchemaProperty(name = "outputs", description = "Its outputs by column"),
                @SchemaProperty(name = "annotations", description = "Its annotations by name"),
                @SchemaProperty(name = "description", description = "Its description")
            })
    public record RuleView(
            int row,
            String id,
            Map<String, String> conditions,
            Map<String, String> outputs,
            Map<String, String> annotations,
            String description) {}

    @Schema(
            name = "RuleSetTable",
            description = "The decision table",
            properties = {
                @SchemaProperty(name = "hitPolicy", description = "The DMN hit policy"),
                @SchemaProperty(name = "inputs", description = "The input columns"),
                @SchemaProperty(name = "outputs", description = "The output columns"),
                @SchemaProperty(name = "annotations", description = "The annotation columns"),
                @SchemaProperty(name = "rules", description = "The rules")
            })
    public record TableView(
            String hitPolicy,
            List<ColumnView> inputs,
            List<ColumnView> outputs,
            List<String> annotations,
            List<RuleView> rules) {
        static TableView of(DecisionTable t) {
            List<RuleView> rules = new ArrayList<>();
            for (int r = 0; r < t.rules().size(); r++) {
                Rule rule = t.rules().get(r);
                Map<String, String> in = new LinkedHashMap<>();
                for (int c = 0; c < t.inputs().size(); c++) {
                    in.put(
                            t.inputs().get(c).expression(),
                            c < rule.inputEntries().size() ? rule.inputEntries().get(c) : "-");
                }
                Map<String, String> out = new LinkedHashMap<>();
                for (int o = 0; o < t.outputs().size(); o++) {
                    out.put(
                            t.outputs().get(o).name(),
                            o < rule.outputEntries().size()
                                    ? rule.outputEntries().get(o)
                                    : "null");
                }
                Map<String, String> notes = new LinkedHashMap<>();
                for (int a = 0; a < t.annotationNames().size(); a++) {
                    notes.put(
                            t.annotationNames().get(a),
                            a < rule.annotations().size() ? rule.annotations().get(a) : "");
                }
                rules.add(new RuleView(r + 1, rule.id(), in, out, notes, rule.description()));
            }
            return new TableView(
                    t.hitPolicy().dmnName(),
                    t.inputs().stream().map(RuleSetViews::column).toList(),
                    t.outputs().stream().map(RuleSetViews::column).toList(),
                    t.annotationNames(),
                    rules);
        }
    }

    @Schema(
            name = "RuleSetFinding",
            description = "A finding of the check before publishing",
            properties = {
                @SchemaProperty(name = "error", description = "An error (else a warning)"),
                @SchemaProperty(name = "code", description = "Its stable code"),
                @SchemaProperty(name = "message", description = "The translated message"),
                @SchemaProperty(name = "rules", description = "The rules it is about"),
                @SchemaProperty(name = "column", description = "The column it is about"),
                @SchemaProperty(name = "example", description = "An example input showing it")
            })
    public record ProblemView(
            boolean error,
            String code,
            String message,
            List<String> rules,
            String column,
            Map<String, Object> example) {
        static ProblemView of(RuleSetCheck.Problem p) {
            return new ProblemView(
                    p.error(),
                    p.code(),
                    p.message(),
                    p.ruleIds(),
                    p.column(),
                    p.example() == null ? Map.of() : p.example());
        }
    }

    @Schema(
            name = "RuleSetUnusedValue",
            description = "An allowed value no rule uses",
            properties = {
                @SchemaProperty(name = "column", description = "The column"),
                @SchemaProperty(name = "input", description = "An input column (else an output)"),
                @SchemaProperty(name = "value", description = "The value")
            })
    public record UnusedView(String column, boolean input, Object value) {
        static UnusedView of(UnusedValues.Unused u) {
            return new UnusedView(u.column(), u.input(), u.value());
        }
    }

    @Schema(
            name = "RuleSetTestCase",
            description = "A test case with its outcome on this table",
            properties = {
                @SchemaProperty(name = "id", description = "Its id"),
                @SchemaProperty(name = "version", description = "Its version"),
                @SchemaProperty(name = "position", description = "Its position"),
                @SchemaProperty(name = "name", description = "Its name"),
                @SchemaProperty(name = "facts", description = "The facts it gives"),
                @SchemaProperty(name = "expectedLevel", description = "The level it expects"),
                @SchemaProperty(name = "expectedAgency", description = "The agency it expects"),
                @SchemaProperty(name = "expectedMode", description = "The mode it expects"),
                @SchemaProperty(name = "passed", description = "Whether it passed (null: not run)"),
                @SchemaProperty(name = "level", description = "The level the table gave"),
                @SchemaProperty(name = "agency", description = "The agency the table gave"),
                @SchemaProperty(name = "mode", description = "The mode the table gave"),
                @SchemaProperty(name = "ruleId", description = "The deciding rule"),
                @SchemaProperty(name = "error", description = "Why it could not run")
            })
    public record CaseView(
            long id,
            long version,
            int position,
            String name,
            Map<String, Object> facts,
            String expectedLevel,
            String expectedAgency,
            String expectedMode,
            Boolean passed,
            String level,
            String agency,
            String mode,
            String ruleId,
            String error) {
        static CaseView of(TestCase c, TestOutcome o) {
            return new CaseView(
                    c.getId(),
                    c.getVersion(),
                    c.getPosition(),
                    c.getName(),
                    c.facts().values(),
                    c.getExpectedLevel().name(),
                    c.getExpectedAgency(),
                    c.getExpectedMode(),
                    o == null ? null : o.passed(),
                    o == null || o.level() == null ? null : o.level().name(),
                    o == null ? null : o.agency(),
                    o == null ? null : o.mode(),
                    o == null ? null : o.ruleId(),
                    o == null ? null : o.error());
        }
    }

    /** A set on the workbench: the table, the check, unused values, every test case with its outcome. */
    @Schema(
            name = "RuleSetWorkbench",
            description = "A version as the workbench shows it",
            properties = {
                @SchemaProperty(name = "set", description = "The version"),
                @SchemaProperty(name = "table", description = "Its table"),
                @SchemaProperty(name = "problems", description = "The check's findings"),
                @SchemaProperty(name = "unused", description = "Allowed values no rule uses"),
                @SchemaProperty(name = "testCases", description = "The test cases with their outcomes"),
                @SchemaProperty(name = "publishable", description = "Whether it may be published"),
                @SchemaProperty(name = "undoable", description = "Whether the last edit can be undone"),
                @SchemaProperty(name = "lastEdit", description = "The last edit")
            })
    public record WorkbenchView(
            Summary set,
            TableView table,
            List<ProblemView> problems,
            List<UnusedView> unused,
            List<CaseView> testCases,
            boolean publishable,
            boolean undoable,
            String lastEdit) {
        static WorkbenchView of(Workbench w) {
            Map<Long, TestOutcome> outcomes = w.analysis().outcomeByCase();
            return new WorkbenchView(
                    Summary.of(w.set()),
                    w.table() == null ? null : TableView.of(w.table()),
                    w.analysis().problems().stream().map(ProblemView::of).toList(),
                    w.analysis().unused().stream().map(UnusedView::of).toList(),
                    w.cases().stream()
                            .map(c -> CaseView.of(c, outcomes.get(c.getId())))
                            .toList(),
                    w.publishable(),
                    w.set().isUndoable(),
                    w.set().getLastEdit());
        }
    }

    /** The diff of two versions, as {@link TableDiff} computes it, with the versions compared. */
    @Schema(
            name = "RuleSetDiff",
            description = "The difference of two versions",
            properties = {
                @SchemaProperty(name = "fromVersion", description = "The older version"),
                @SchemaProperty(name = "toVersion", description = "The newer version"),
                @SchemaProperty(name = "diff", description = "What changed")
            })
    public record DiffView(int fromVersion, int toVersion, TableDiff diff) {}

    private static ColumnView column(InputColumn c) {
        return new ColumnView(c.expression(), c.label(), c.type().feelName(), c.allowedValues());
    }

    private static ColumnView column(OutputColumn c) {
        return new ColumnView(c.name(), c.label(), c.type().feelName(), c.allowedValues());
    }
}
