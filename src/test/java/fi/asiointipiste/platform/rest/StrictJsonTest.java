package fi.asiointipiste.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Request bodies are read strictly: anything but what the record names, with the types it names, is refused. */
class StrictJsonTest {

    enum Colour {
        RED,
        GREEN
    }

    record Line(long taskId, Colour colour, LocalDate on, boolean done) {}

    record Order(Long pointId, String note, boolean now, List<Line> lines, Map<String, Object> facts) {}

    record Patch(Optional<String> language, Optional<Boolean> strongEid, Optional<Colour> status) {}

    private static <T> T read(Class<T> type, String json) {
        return StrictJson.bind(type, StrictJson.parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String refusal(Class<?> type, String json) {
        try {
            read(type, json);
        } catch (StrictJson.BadBody bad) {
            return bad.code()
                    + (bad.details().containsKey("field") ? " " + bad.details().get("field") : "");
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void readsWhatTheRecordNames() {
        Order o = read(
                Order.class,
                "{\"pointId\": 7, \"note\": \"hi\", \"now\": true, \"lines\": [{\"taskId\": 3, "
                        + "\"colour\": \"GREEN\", \"on\": \"2026-12-05\", \"done\": true}], \"facts\": {\"age\": 67, "
                        + "\"strongEid\": false, \"profile\": \"X\", \"language\": null}}");
        assertThat(o.pointId()).isEqualTo(7L);
        assertThat(o.now()).isTrue();
        assertThat(o.lines()).containsExactly(new Line(3, Colour.GREEN, LocalDate.of(2026, 12, 5), true));
        assertThat(o.facts())
                .containsEntry("age", new BigDecimal("67"))
                .containsEntry("strongEid", false)
                .containsEntry("profile", "X")
                .containsEntry("language", null);
    }

    @Test
    void anAbsentMemberIsNullOrTheDefaultOfAPrimitive() {
        Order o = read(Order.class, "{}");
        assertThat(o.pointId()).isNull();
        assertThat(o.now()).isFalse();
        assertThat(o.lines()).isNull();
    }

    @Test
    void aMergePatchTellsAbsentFromNull() {
        Patch p = read(Patch.class, "{\"language\": null, \"strongEid\": true}");
        assertThat(p.language()).isEmpty();
        assertThat(p.strongEid()).contains(true);
        assertThat(p.status()).as("absent").isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"pointId\": 1, \"colour\": \"RED\"}                  | api.json.unknownField colour",
                "{\"id\": 5}                                          | api.json.serverOwned id",
                "{\"version\": 5}                                     | api.json.serverOwned version",
                "{\"pointId\": \"7\"}                                   | api.json.wrongType pointId",
                "{\"pointId\": 7.5}                                   | api.json.wrongType pointId",
                "{\"pointId\": 99999999999999999999}                  | api.json.wrongType pointId",
                "{\"now\": \"yes\"}                                     | api.json.wrongType now",
                "{\"now\": null}                                      | api.json.wrongType now",
                "{\"note\": 12}                                       | api.json.wrongType note",
                "{\"lines\": {}}                                      | api.json.wrongType lines",
                "{\"lines\": [null]}                                  | api.json.wrongType lines[0]",
                "{\"lines\": [{\"taskId\": 1, \"colour\": \"BLUE\"}]}     | api.json.badValue lines[0].colour",
                "{\"lines\": [{\"taskId\": 1, \"on\": \"5.12.2026\"}]}    | api.json.badValue lines[0].on",
                "{\"lines\": [{\"taskId\": 1, \"status\": \"X\"}]}        | api.json.serverOwned lines[0].status",
                "{\"facts\": {\"age\": [1]}}                            | api.json.wrongType facts.age",
                "{\"pointId\": 1, \"pointId\": 2}                       | api.json.duplicate pointId",
                "{\"pointId\": 1                                      | api.json.malformed",
                "{\"pointId\": 1} {}                                  | api.json.malformed",
                "[1, 2]                                             | api.json.wrongType $",
                "null                                               | api.body.required",
                "'   '                                              | api.body.required"
            })
    void refusesWithTheMembersName(String json, String expected) {
        assertThat(refusal(Order.class, json)).isEqualTo(expected.strip());
    }

    @Test
    void refusesDeepNesting() {
        String deep = "{\"facts\": " + "[".repeat(20) + "]".repeat(20) + "}";
        assertThat(refusal(Order.class, deep)).isEqualTo("api.json.tooDeep");
        assertThatThrownBy(() -> StrictJson.parse(("[".repeat(100_000)).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StrictJson.BadBody.class);
    }

    @Test
    void aStatusIsAcceptedWhereTheRecordNamesIt() {
        assertThat(read(Patch.class, "{\"status\": \"RED\"}").status()).contains(Colour.RED);
    }
}
