package fi.asiointipiste.routing.engine.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.routing.engine.Aggregation;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.EngineException;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.OutputColumn;
import fi.asiointipiste.routing.engine.Rule;
import fi.asiointipiste.routing.engine.TestTables;
import fi.asiointipiste.routing.engine.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DmnInteropTest {

    @Test
    void seedTableRoundTripsWithoutLoss() {
        DecisionTable seed = TestTables.seed();
        assertThat(DmnReader.readString(DmnWriter.write(seed))).isEqualTo(seed);
    }

    @Test
    void everySupportedFeatureRoundTrips() {
        DecisionTable t = new DecisionTable(
                new DecisionTable.TableIdentity("defs", "Defs & co", "urn:x", "dec", "score", "tbl", "Score <label>"),
                HitPolicy.COLLECT,
                Aggregation.SUM,
                List.of(
                        new InputColumn("i1", "Birth date", "born", TypeRef.DATE, null),
                        new InputColumn("i2", null, "kind", TypeRef.STRING, "\"a\",\"b\"")),
                List.of(new OutputColumn("o1", "Points", "points", TypeRef.NUMBER, "1,2,3")),
                List.of("why", "source"),
                List.of(
                        new Rule(
                                "r1",
                                List.of("< date(\"2000-01-01\")", "\"a\""),
                                List.of("1"),
                                "Old & \"wise\"",
                                List.of("because", "workshop")),
                        new Rule("r2", List.of("-", "not(\"a\")"), List.of("2"), null, List.of("", "x"))));
        String xml = DmnWriter.write(t);
        assertThat(DmnReader.readString(xml)).isEqualTo(t);
        assertThat(xml).contains("hitPolicy=\"COLLECT\"").contains("aggregation=\"SUM\"");
    }

    /** Rows: namespace of a DMN version → accepted on import. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
        "http://www.omg.org/spec/DMN/20180521/MODEL/",
        "https://www.omg.org/spec/DMN/20191111/MODEL/",
        "https://www.omg.org/spec/DMN/20211108/MODEL/",
        "https://www.omg.org/spec/DMN/20230324/MODEL/"
    })
    void importsEveryDmnVersionNamespace(String ns) {
        DecisionTable t = DmnReader.readString(minimal(ns, "feel:string", ""));
        assertThat(t.inputs()).extracting(InputColumn::type).containsExactly(TypeRef.STRING);
        assertThat(t.rules()).extracting(Rule::id).containsExactly("r1");
    }

    @Test
    void rejectsExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\">&x;</definitions>";
        assertThatThrownBy(() -> DmnReader.readString(xxe)).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.error().code()).isEqualTo("DMN_XML");
            assertThat(e.error().message()).contains("DOCTYPE");
        });
    }

    @Test
    void rejectsEntityExpansionBombs() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\">&b;</definitions>";
        assertThatThrownBy(() -> DmnReader.readString(bomb)).hasMessageContaining("DMN_XML");
    }

    @Test
    void rejectsOversizedDocuments() {
        String big = minimal(DmnNamespaces.DMN_1_3, "string", "<!--" + "x".repeat(DmnReader.DEFAULT_MAX_BYTES) + "-->");
        assertThatThrownBy(() -> DmnReader.readString(big)).hasMessageContaining("DMN_TOO_LARGE");
    }

    @Test
    void rejectsDocumentsWithTooManyElements() {
        String many = minimal(
                DmnNamespaces.DMN_1_3,
                "string",
                "<extensionElements>" + "<x/>".repeat(DmnReader.DEFAULT_MAX_ELEMENTS) + "</extensionElements>");
        assertThatThrownBy(() -> DmnReader.readString(many)).hasMessageContaining("DMN_TOO_LARGE");
    }

    /** Rows: extra markup → error code and message part. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "<businessKnowledgeModel name='bkm'/>; DMN_UNSUPPORTED; business knowledge models",
                "<decisionService name='ds'/>; DMN_UNSUPPORTED; decision services",
                "<decision id='d2' name='other'><literalExpression><text>1</text></literalExpression></decision>; "
                        + "DMN_AMBIGUOUS; 2 decisions"
            })
    void refusesUnsupportedDmnFeatures(String extra, String code, String message) {
        assertThatThrownBy(
                        () -> DmnReader.readString(minimal(DmnNamespaces.DMN_1_3, "string", extra.replace('\'', '"'))))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.error().code()).isEqualTo(code);
                    assertThat(e.error().message()).contains(message);
                });
    }

    @Test
    void refusesBoxedExpressionsAndNamesTheDecisionWhenAsked() {
        String xml =
                minimal(DmnNamespaces.DMN_1_3, "string", "<decision id=\"d2\" name=\"other\"><context/></decision>");
        assertThat(DmnReader.read(new java.io.ByteArrayInputStream(xml.getBytes()), "d")
                        .rules())
                .hasSize(1);
        assertThatThrownBy(() -> DmnReader.read(new java.io.ByteArrayInputStream(xml.getBytes()), "other"))
                .hasMessageContaining("decision logic <context>");
    }

    @Test
    void refusesInputExpressionsBeyondNames() {
        String xml = minimal(DmnNamespaces.DMN_1_3, "string", "").replace("<text>k</text>", "<text>k + 1</text>");
        assertThatThrownBy(() -> DmnReader.readString(xml)).hasMessageContaining("only names of input data");
    }

    static String minimal(String ns, String type, String extra) {
        return "<definitions xmlns=\"" + ns + "\" xmlns:feel=\"http://www.omg.org/spec/FEEL/20140401\" id=\"x\" "
                + "name=\"x\" namespace=\"urn:x\">" + extra
                + "<decision id=\"d\" name=\"d\"><decisionTable id=\"t\" hitPolicy=\"FIRST\">"
                + "<input id=\"i\"><inputExpression typeRef=\"" + type + "\"><text>k</text></inputExpression></input>"
                + "<output id=\"o\" name=\"v\" typeRef=\"string\"/>"
                + "<rule id=\"r1\"><inputEntry><text>-</text></inputEntry><outputEntry><text>\"x\"</text></outputEntry>"
                + "</rule></decisionTable></decision></definitions>";
    }
}
