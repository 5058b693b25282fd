package fi.asiointipiste.routing.engine.compile;

import static fi.asiointipiste.routing.engine.TestTables.in;
import static fi.asiointipiste.routing.engine.TestTables.out;
import static fi.asiointipiste.routing.engine.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.EngineError;
import fi.asiointipiste.routing.engine.EngineException;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.TypeRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableCheckTest {
    static DecisionTable oneRule(String agencyCell, String ageCell, String eidCell, String output) {
        return table(
                HitPolicy.FIRST,
                List.of(
                        in("taskAgency", TypeRef.STRING, "\"KELA\",\"TAX\""),
                        in("age", TypeRef.NUMBER),
                        in("strongEid", TypeRef.BOOLEAN)),
                List.of(out("supportLevel", TypeRef.STRING, "\"SELF_SERVICE\",\"GUIDED\"")),
                agencyCell + " | " + ageCell + " | " + eidCell + " => " + output);
    }

    /** Rows: agency cell, age cell, strongEid cell, output → error code, column. */
    @ParameterizedTest(name = "{0} | {1} | {2} => {3}")
    @CsvSource(
            delimiter = ';',
            value = {
                "< 65; -; -; '\"GUIDED\"'; TYPE; taskAgency",
                "'\"POLICE\"'; -; -; '\"GUIDED\"'; VALUE_NOT_ALLOWED; taskAgency",
                "-; '\"old\"'; -; '\"GUIDED\"'; TYPE; age",
                "-; [1..; -; '\"GUIDED\"'; SYNTAX; age",
                "-; -; 1; '\"GUIDED\"'; TYPE; strongEid",
                "-; -; > true; '\"GUIDED\"'; TYPE; strongEid",
                "-; -; -; '\"FULL\"'; VALUE_NOT_ALLOWED; supportLevel",
                "-; -; -; 42; TYPE; supportLevel",
                "-; -; -; GUIDED + 1; SYNTAX; supportLevel"
            })
    void reportsSyntaxAndTypeErrorsWithRuleAndColumn(
            String agency, String age, String eid, String output, String code, String column) {
        assertThatThrownBy(() -> TableCompiler.compile(oneRule(agency, age, eid, output)))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    EngineError err = e.error();
                    assertThat(err.code()).isEqualTo(code);
                    assertThat(err.column()).isEqualTo(column);
                    assertThat(err.ruleIds()).containsExactly("r1");
                    assertThat(err.message()).contains("Rule r1").contains(column);
                });
    }

    @Test
    void syntaxErrorMessageNamesRuleColumnAndExpectation() {
        EngineException e = org.junit.jupiter.api.Assertions.assertThrows(
                EngineException.class, () -> TableCompiler.compile(oneRule("-", "[18..64", "-", "\"GUIDED\"")));
        assertThat(e.error().message())
                .isEqualTo(
                        "Rule r1, column age: expected ']', ')' or '[' closing the interval at position 7 but found end of "
                                + "entry in '[18..64'");
    }

    /** Rows: taskAgency, age, strongEid facts → error code (inputs outside allowed values or of the wrong type). */
    @ParameterizedTest(name = "{0},{1},{2} -> {3}")
    @CsvSource(
            delimiter = ';',
            nullValues = "NULL",
            value = {
                "POLICE; 30; true; INPUT_NOT_ALLOWED",
                "NULL; 30; true; INPUT_NOT_ALLOWED",
                "KELA; x; true; INPUT_TYPE",
                "KELA; 30; yes; INPUT_TYPE"
            })
    void rejectsInputsOutsideAllowedValuesOrOfWrongType(String agency, String age, String eid, String code) {
        CompiledTable t = TableCompiler.compile(oneRule("-", "-", "-", "\"GUIDED\""));
        FactRow row = t.newRow();
        row.set("taskAgency", agency).setText(1, age).setText(2, eid);
        Decision d = t.decide(row);
        assertThat(d.isError()).isTrue();
        assertThat(d.error().code()).isEqualTo(code);
    }

    @Test
    void acceptsJavaValuesAndEnumsAsFacts() {
        CompiledTable t = TableCompiler.compile(oneRule("\"KELA\"", ">= 18", "true", "\"GUIDED\""));
        Map<String, Object> facts = new HashMap<>();
        facts.put("taskAgency", Agency.KELA);
        facts.put("age", 30);
        facts.put("strongEid", true);
        facts.put("unrelatedFact", "ignored");
        assertThat(t.decide(facts).outputs()).containsEntry("supportLevel", "GUIDED");
    }

    enum Agency {
        KELA
    }
}
