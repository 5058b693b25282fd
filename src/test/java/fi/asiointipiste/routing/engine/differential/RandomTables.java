package fi.asiointipiste.routing.engine.differential;

import fi.asiointipiste.routing.engine.Aggregation;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.OutputColumn;
import fi.asiointipiste.routing.engine.Rule;
import fi.asiointipiste.routing.engine.TypeRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random decision tables and inputs for the differential test: an enumeration column, a free string column, a
 * boolean, two numbers and a date, with random S-FEEL tests (literals, lists, comparisons, all interval bracket
 * forms, not(...), null) and inputs drawn around the tests' boundaries, including nulls.
 */
final class RandomTables {
    static final String[] ENUM = {"A", "B", "C", "D"};
    static final String[] FREE = {"x", "y", "z"};
    static final String[] LEVELS = {"LOW", "MID", "HIGH"};
    private final Random rnd;

    RandomTables(long seed) {
        this.rnd = new Random(seed);
    }

    static List<InputColumn> inputs() {
        return List.of(
                InputColumn.of("e", TypeRef.STRING, "\"A\",\"B\",\"C\",\"D\""),
                InputColumn.of("s", TypeRef.STRING, null),
                InputColumn.of("b", TypeRef.BOOLEAN, null),
                InputColumn.of("n", TypeRef.NUMBER, null),
                InputColumn.of("m", TypeRef.NUMBER, null),
                InputColumn.of("d", TypeRef.DATE, null));
    }

    DecisionTable table(HitPolicy policy, Aggregation aggregation, int rules) {
        boolean single = aggregation != Aggregation.NONE;
        List<OutputColumn> outs = single
                ? List.of(OutputColumn.of("score", TypeRef.NUMBER, null))
                : List.of(
                        OutputColumn.of("level", TypeRef.STRING, "\"LOW\",\"MID\",\"HIGH\""),
                        OutputColumn.of("score", TypeRef.NUMBER, null));
        List<Rule> list = new ArrayList<>();
        for (int r = 0; r < rules; r++) {
            double dash = policy == HitPolicy.UNIQUE || policy == HitPolicy.ANY ? 0.15 : 0.45;
            List<String> in = List.of(
                    enumTest(dash, ENUM),
                    enumTest(dash, FREE),
                    boolTest(dash),
                    numberTest(dash),
                    numberTest(dash),
                    dateTest(dash));
            // ANY needs repeated outputs to be interesting, so draw them from a small set.
            String level = "\"" + LEVELS[rnd.nextInt(3)] + "\"";
            String score = policy == HitPolicy.ANY
                    ? String.valueOf(rnd.nextInt(2))
                    : rnd.nextInt(10) == 0 ? "1.5" : String.valueOf(rnd.nextInt(20) - 5);
            list.add(Rule.of("r" + (r + 1), in, single ? List.of(score) : List.of(level, score)));
        }
        return new DecisionTable(
                DecisionTable.TableIdentity.named("random"), policy, aggregation, inputs(), outs, List.of(), list);
    }

    private String enumTest(double dash, String[] values) {
        double p = rnd.nextDouble();
        if (p < dash) {
            return "-";
        }
        String a = q(values[rnd.nextInt(values.length)]);
        String b = q(values[rnd.nextInt(values.length)]);
        return switch (rnd.nextInt(values == FREE ? 6 : 5)) {
            case 0, 1 -> a;
            case 2 -> a + "," + b;
            case 3 -> "not(" + a + ")";
            case 4 -> "not(" + a + "," + b + ")";
            default -> rnd.nextBoolean() ? "null" : "not(null)";
        };
    }

    private String boolTest(double dash) {
        if (rnd.nextDouble() < dash) {
            return "-";
        }
        return switch (rnd.nextInt(5)) {
            case 0, 1 -> "true";
            case 2 -> "false";
            case 3 -> "null";
            default -> "not(true)";
        };
    }

    private String numberTest(double dash) {
        if (rnd.nextDouble() < dash) {
            return "-";
        }
        return switch (rnd.nextInt(9)) {
            case 0 -> num();
            case 1 -> pick("<", "<=", ">", ">=") + " " + num();
            case 2, 3 -> range();
            case 4 -> num() + "," + num();
            case 5 -> "not(" + range() + ")";
            case 6 -> "not(" + pick("<", ">=") + " " + num() + ")";
            case 7 -> pick("<", ">") + " " + num() + "," + range();
            default -> rnd.nextBoolean() ? "null" : "null," + pick("<", ">=") + " " + num();
        };
    }

    private String range() {
        int a = rnd.nextInt(20);
        int b = a + rnd.nextInt(10);
        String open = pick("[", "(", "]");
        String close = pick("]", ")", "[");
        String hi = rnd.nextInt(8) == 0 ? b + ".5" : String.valueOf(b);
        return open + a + ".." + hi + close;
    }

    private String dateTest(double dash) {
        if (rnd.nextDouble() < dash) {
            return "-";
        }
        return switch (rnd.nextInt(4)) {
            case 0 -> date();
            case 1 -> pick("<", "<=", ">", ">=") + " " + date();
            case 2 -> "[" + date(0, 10) + ".." + date(10, 20) + pick("]", ")");
            default -> "not(" + date() + ")";
        };
    }

    private String num() {
        return String.valueOf(rnd.nextInt(25));
    }

    private String date() {
        return date(0, 20);
    }

    private String date(int from, int to) {
        return "date(\"" + LocalDate.of(2024, 1, 1).plusDays(from + rnd.nextInt(to - from)) + "\")";
    }

    private String pick(String... options) {
        return options[rnd.nextInt(options.length)];
    }

    private static String q(String s) {
        return "\"" + s + "\"";
    }

    /** A random input: values around the generated boundaries, sometimes null or fractional. */
    Map<String, Object> input() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("e", rnd.nextInt(50) == 0 ? null : ENUM[rnd.nextInt(ENUM.length)]);
        m.put("s", rnd.nextInt(8) == 0 ? null : rnd.nextInt(8) == 0 ? "other" : FREE[rnd.nextInt(FREE.length)]);
        m.put("b", rnd.nextInt(8) == 0 ? null : rnd.nextBoolean());
        m.put("n", number());
        m.put("m", number());
        m.put("d", rnd.nextInt(8) == 0 ? null : LocalDate.of(2023, 12, 30).plusDays(rnd.nextInt(24)));
        return m;
    }

    private BigDecimal number() {
        int k = rnd.nextInt(10);
        if (k == 0) {
            return null;
        }
        BigDecimal base = BigDecimal.valueOf(rnd.nextInt(32) - 3);
        return k == 1 ? base.add(new BigDecimal("0.5")) : base;
    }
}
