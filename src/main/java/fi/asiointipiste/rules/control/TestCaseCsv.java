package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.TypeRef;
import fi.asiointipiste.routing.engine.feel.FeelValues;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.entity.TestCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Test cases as CSV (RFC 4180, UTF-8): a header {@code name}, one column per input of the table (named as the
 * input, e.g. {@code profile}, {@code age}), then {@code expectedLevel}, {@code expectedAgency},
 * {@code expectedMode}. Values as written: codes, {@code true}/{@code false}, numbers with a point; an empty
 * field is "unknown" (or "any" for the expected agency and mode). Import also accepts semicolons, as spreadsheets
 * in Finnish write them. Reading collects every problem with its line, so one pass shows them all.
 */
public final class TestCaseCsv {

    public static final String NAME = "name";
    public static final String LEVEL = "expectedLevel";
    public static final String AGENCY = "expectedAgency";
    public static final String MODE = "expectedMode";
    private static final Set<String> EXPECTED = Set.of(LEVEL, AGENCY, MODE);

    /** One case read from a line. */
    public record Row(int line, String name, RoutingFacts facts, SupportLevel level, String agency, String mode) {}

    /** One problem of a file: the line (1 = header), the bundle key that explains it, the offending text. */
    public record Problem(int line, String key, String value) implements java.io.Serializable {
        public int getLine() {
            return line;
        }

        public String getKey() {
            return key;
        }

        public String getValue() {
            return value;
        }
    }

    /** What a file gave: the cases when it had no problem, else only the problems. */
    public record Result(List<Row> rows, List<Problem> problems) {}

    private TestCaseCsv() {}

    public static String write(DecisionTable table, List<TestCase> cases) {
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add(NAME);
        table.inputs().forEach(c -> header.add(c.expression()));
        header.addAll(List.of(LEVEL, AGENCY, MODE));
        line(sb, header);
        for (TestCase c : cases) {
            List<String> fields = new ArrayList<>();
            fields.add(c.getName());
            Map<String, Object> facts = c.facts().values();
            table.inputs().forEach(in -> fields.add(FeelValues.toPlain(facts.get(in.expression()))));
            fields.add(c.getExpectedLevel().name());
            fields.add(c.getExpectedAgency() == null ? "" : c.getExpectedAgency());
            fields.add(c.getExpectedMode() == null ? "" : c.getExpectedMode());
            line(sb, fields);
        }
        return sb.toString();
    }

    public static Result read(DecisionTable table, String text) {
        List<Problem> problems = new ArrayList<>();
        List<List<String>> records = parse(text == null ? "" : text.replace("\uFEFF", ""));
        if (records.isEmpty()) {
            return new Result(List.of(), List.of(new Problem(1, "rules.tests.csv.empty", "")));
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (String name : header) {
            if (!name.equals(NAME) && !EXPECTED.contains(name) && table.inputIndex(name) < 0) {
                problems.add(new Problem(1, "rules.tests.csv.unknownColumn", name));
            }
        }
        for (String required : List.of(NAME, LEVEL)) {
            if (!header.contains(required)) {
                problems.add(new Problem(1, "rules.tests.csv.missingColumn", required));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            int line = i + 1;
            List<String> fields = records.get(i);
            if (fields.size() != header.size()) {
                problems.add(new Problem(line, "rules.tests.csv.fieldCount", String.valueOf(fields.size())));
                continue;
            }
            Map<String, Object> facts = new LinkedHashMap<>();
            for (InputColumn in : table.inputs()) {
                facts.put(in.expression(), null);
            }
            String name = null;
            SupportLevel level = null;
            String agency = null;
            String mode = null;
            for (int f = 0; f < header.size(); f++) {
                String column = header.get(f);
                String value = fields.get(f).strip();
                switch (column) {
                    case NAME -> name = value;
                    case LEVEL -> level = level(value, line, problems);
                    case AGENCY -> agency = code(value, line, problems);
                    case MODE -> mode = code(value, line, problems);
                    default ->
                        facts.put(
                                column,
                                fact(
                                        table.inputs()
                                                .get(table.inputIndex(column))
                                                .type(),
                                        value,
                                        line,
                                        problems));
                }
            }
            if (name == null || name.isEmpty() || name.length() > TestCase.MAX_NAME) {
                problems.add(new Problem(line, "rules.tests.csv.name", name == null ? "" : name));
            }
            rows.add(new Row(line, name, RoutingFacts.of(facts), level, agency, mode));
        }
        return problems.isEmpty() ? new Result(rows, List.of()) : new Result(List.of(), problems);
    }

    private static SupportLevel level(String value, int line, List<Problem> problems) {
        try {
            return SupportLevel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(line, "rules.tests.csv.level", value));
            return null;
        }
    }

    private static String code(String value, int line, List<Problem> problems) {
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("[A-Z][A-Z0-9_]{0,29}")) {
            problems.add(new Problem(line, "rules.tests.csv.code", value));
            return null;
        }
        return value;
    }

    private static Object fact(TypeRef type, String value, int line, List<Problem> problems) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return switch (type) {
                case STRING -> value;
                case NUMBER -> new BigDecimal(value.replace(',', '.'));
                case BOOLEAN ->
                    switch (value.toLowerCase(Locale.ROOT)) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        default -> throw new IllegalArgumentException(value);
                    };
                case DATE -> LocalDate.parse(value);
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(new Problem(line, "rules.tests.csv.value", value));
            return null;
        }
    }

    private static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(fields.get(i)));
        }
        sb.append("\r\n");
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        boolean needs = s.indexOf(',') >= 0
                || s.indexOf(';') >= 0
                || s.indexOf('"') >= 0
                || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** RFC 4180 records; the delimiter is a comma, or a semicolon when the first line has semicolons and no comma. */
    static List<List<String>> parse(String text) {
        int firstBreak = text.indexOf('\n');
        String first = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char delimiter = first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    fields.add(field.toString());
                    records.add(fields);
                }
                fields = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
