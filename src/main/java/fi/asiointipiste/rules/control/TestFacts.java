package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.TypeRef;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a test case's form, from the table it is tested on: each fact the table reads with the choices its
 * field offers (the column's allowed values; none: typed), and the values an output column allows for the expected
 * agency and mode.
 */
public final class TestFacts {

    private TestFacts() {}

    /** One fact's field: its name (the input), label, type and choices. */
    public record Fact(String name, String label, String type, List<String> options) implements Serializable {
        public Fact {
            options = List.copyOf(options);
        }

        public String getName() {
            return name;
        }

        public String getLabel() {
            return label;
        }

        public String getType() {
            return type;
        }

        public List<String> getOptions() {
            return options;
        }
    }

    /** The facts the table reads, labelled in the reader's words. */
    public static List<Fact> of(DecisionTable table, Vocabulary words) {
        List<Fact> fields = new ArrayList<>();
        for (InputColumn in : table.inputs()) {
            List<String> options = in.allowedValues() == null
                    ? List.of()
                    : CellPicker.read(in.type(), in.allowedValues()).values();
            fields.add(new Fact(
                    in.expression(),
                    words.column(in.expression(), in.label()),
                    in.type().name(),
                    options));
        }
        return fields;
    }

    /** The values an output column allows (agencies, modes); none when it has no such column or list. */
    public static List<String> outputOptions(DecisionTable table, String output) {
        int o = table.outputIndex(output);
        if (o < 0 || table.outputs().get(o).allowedValues() == null) {
            return List.of();
        }
        return CellPicker.read(TypeRef.STRING, table.outputs().get(o).allowedValues())
                .values();
    }
}
