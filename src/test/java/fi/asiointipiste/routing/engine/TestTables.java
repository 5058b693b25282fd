package fi.asiointipiste.routing.engine;

import fi.asiointipiste.routing.engine.dmn.DmnReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Compact builders for test tables: rules are written as "in1 | in2 | ... => out1 | out2". */
public final class TestTables {
    private TestTables() {}

    public static DecisionTable seed() {
        try (InputStream in = TestTables.class.getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn")) {
            return DmnReader.read(in, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DecisionTable table(
            HitPolicy policy, List<InputColumn> inputs, List<OutputColumn> outputs, String... rules) {
        return table(policy, Aggregation.NONE, inputs, outputs, rules);
    }

    public static DecisionTable table(
            HitPolicy policy,
            Aggregation aggregation,
            List<InputColumn> inputs,
            List<OutputColumn> outputs,
            String... rules) {
        List<Rule> list = new ArrayList<>();
        for (int i = 0; i < rules.length; i++) {
            String[] sides = rules[i].split("=>");
            list.add(Rule.of("r" + (i + 1), cells(sides[0]), cells(sides[1])));
        }
        return new DecisionTable(
                DecisionTable.TableIdentity.named("t"), policy, aggregation, inputs, outputs, List.of(), list);
    }

    private static List<String> cells(String side) {
        return Arrays.stream(side.split("\\|")).map(String::trim).toList();
    }

    public static InputColumn in(String name, TypeRef type) {
        return InputColumn.of(name, type, null);
    }

    public static InputColumn in(String name, TypeRef type, String allowed) {
        return InputColumn.of(name, type, allowed);
    }

    public static OutputColumn out(String name, TypeRef type) {
        return OutputColumn.of(name, type, null);
    }

    public static OutputColumn out(String name, TypeRef type, String allowed) {
        return OutputColumn.of(name, type, allowed);
    }
}
