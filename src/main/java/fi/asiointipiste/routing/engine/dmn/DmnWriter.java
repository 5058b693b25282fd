package fi.asiointipiste.routing.engine.dmn;

import fi.asiointipiste.routing.engine.Aggregation;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.OutputColumn;
import fi.asiointipiste.routing.engine.Rule;
import java.util.List;

/**
 * Writes a decision table as a DMN 1.3 document: one {@code inputData} per input column (so that KIE and
 * modellers can execute it), one decision with its information requirements, and the table itself with every
 * supported attribute, so that {@link DmnReader} reads back an equal {@link DecisionTable}.
 */
public final class DmnWriter {
    private final StringBuilder sb = new StringBuilder(8192);

    private DmnWriter() {}

    public static String write(DecisionTable t) {
        return new DmnWriter().document(t);
    }

    private String document(DecisionTable t) {
        DecisionTable.TableIdentity id = t.identity();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<definitions xmlns=\"")
                .append(DmnNamespaces.DMN_1_3)
                .append('"')
                .append(attr("id", id.definitionsId()))
                .append(attr("name", id.definitionsName()))
                .append(attr("namespace", id.namespace()))
                .append(">\n");
        for (InputColumn in : t.inputs()) {
            sb.append("  <inputData")
                    .append(attr("id", inputDataId(in)))
                    .append(attr("name", in.expression()))
                    .append(">\n    <variable")
                    .append(attr("name", in.expression()))
                    .append(attr("typeRef", in.type().feelName()))
                    .append("/>\n  </inputData>\n");
        }
        sb.append("  <decision")
                .append(attr("id", id.decisionId()))
                .append(attr("name", id.decisionName()))
                .append(">\n");
        sb.append("    <variable").append(attr("name", id.decisionName()));
        if (t.outputs().size() == 1) {
            sb.append(attr("typeRef", t.outputs().get(0).type().feelName()));
        }
        sb.append("/>\n");
        for (InputColumn in : t.inputs()) {
            sb.append("    <informationRequirement")
                    .append(attr("id", "req-" + inputDataId(in)))
                    .append(">\n      <requiredInput href=\"#")
                    .append(esc(inputDataId(in)))
                    .append("\"/>\n")
                    .append("    </informationRequirement>\n");
        }
        table(t);
        sb.append("  </decision>\n</definitions>\n");
        return sb.toString();
    }

    private void table(DecisionTable t) {
        sb.append("    <decisionTable").append(attr("id", t.identity().tableId()));
        if (t.hitPolicy() != HitPolicy.UNIQUE) {
            sb.append(attr("hitPolicy", t.hitPolicy().dmnName()));
        }
        if (t.aggregation() != Aggregation.NONE) {
            sb.append(attr("aggregation", t.aggregation().name()));
        }
        sb.append(attr("outputLabel", t.identity().outputLabel())).append(">\n");
        for (InputColumn in : t.inputs()) {
            sb.append("      <input")
                    .append(attr("id", in.id()))
                    .append(attr("label", in.label()))
                    .append(">\n")
                    .append("        <inputExpression")
                    .append(attr("id", in.id() + "-expr"))
                    .append(attr("typeRef", in.type().feelName()))
                    .append("><text>")
                    .append(esc(in.expression()))
                    .append("</text></inputExpression>\n");
            values("inputValues", in.allowedValues());
            sb.append("      </input>\n");
        }
        for (OutputColumn out : t.outputs()) {
            sb.append("      <output")
                    .append(attr("id", out.id()))
                    .append(attr("label", out.label()))
                    .append(attr("name", out.name()))
                    .append(attr("typeRef", out.type().feelName()))
                    .append(">\n");
            values("outputValues", out.allowedValues());
            sb.append("      </output>\n");
        }
        for (String a : t.annotationNames()) {
            sb.append("      <annotation").append(attr("name", a)).append("/>\n");
        }
        for (Rule r : t.rules()) {
            rule(r);
        }
        sb.append("    </decisionTable>\n");
    }

    private void rule(Rule r) {
        sb.append("      <rule").append(attr("id", r.id())).append(">\n");
        if (r.description() != null) {
            sb.append("        <description>").append(esc(r.description())).append("</description>\n");
        }
        entries("inputEntry", r.id() + "-i", r.inputEntries());
        entries("outputEntry", r.id() + "-o", r.outputEntries());
        for (String a : r.annotations()) {
            sb.append("        <annotationEntry><text>").append(esc(a)).append("</text></annotationEntry>\n");
        }
        sb.append("      </rule>\n");
    }

    private void entries(String element, String idPrefix, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            sb.append("        <")
                    .append(element)
                    .append(attr("id", idPrefix + (i + 1)))
                    .append("><text>")
                    .append(esc(texts.get(i)))
                    .append("</text></")
                    .append(element)
                    .append(">\n");
        }
    }

    private void values(String element, String text) {
        if (text != null) {
            sb.append("        <")
                    .append(element)
                    .append("><text>")
                    .append(esc(text))
                    .append("</text></")
                    .append(element)
                    .append(">\n");
        }
    }

    private static String inputDataId(InputColumn in) {
        return "inputData-" + in.expression();
    }

    private static String attr(String name, String value) {
        return value == null ? "" : " " + name + "=\"" + esc(value) + "\"";
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\r' -> b.append("&#13;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
