package fi.asiointipiste.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Problem documents: RFC 9457 members, the stable code, the detail in the caller's language. */
class ProblemTest {

    private static JsonObject json(Problem p) {
        return Json.createReader(new StringReader(p.json())).readObject();
    }

    @Test
    void carriesTheMembersOfRfc9457AndTheCode() {
        JsonObject p =
                json(Problem.of(409, "frontDesk.visit.wrongState", Locale.forLanguageTag("en"), "/api/visits/5"));
        assertThat(p.getString("type")).isEqualTo("urn:asiointipiste:problem:frontDesk.visit.wrongState");
        assertThat(p.getString("title")).isEqualTo("Conflict");
        assertThat(p.getInt("status")).isEqualTo(409);
        assertThat(p.getString("code")).isEqualTo("frontDesk.visit.wrongState");
        assertThat(p.getString("instance")).isEqualTo("/api/visits/5");
        assertThat(p.getString("detail")).doesNotStartWith("???");
        assertThat(p.containsKey("problems")).isFalse();
    }

    @Test
    void theDetailIsInTheCallersLanguageWithItsValues() {
        Problem fi = Problem.of(
                        400, "api.json.unknownField", Problem.language(List.of(Locale.forLanguageTag("fi-FI"))), null)
                .withArguments("colour", "");
        Problem sv = Problem.of(
                        400, "api.json.unknownField", Problem.language(List.of(Locale.forLanguageTag("sv"))), null)
                .withArguments("colour", "");
        Problem en = Problem.of(
                        400,
                        "api.json.unknownField",
                        Problem.language(List.of(Locale.forLanguageTag("de"), Locale.forLanguageTag("en-GB"))),
                        null)
                .withArguments("colour", "");
        assertThat(fi.detail()).isEqualTo("Rajapinta ei tunne jäsentä colour.");
        assertThat(sv.detail()).isEqualTo("Gränssnittet känner inte till medlemmen colour.");
        assertThat(en.detail()).isEqualTo("The API does not know the member colour.");
        assertThat(Problem.language(List.of())).isEqualTo(Locale.forLanguageTag("fi"));
    }

    @Test
    void anApostropheSurvivesWithAndWithoutValues() {
        assertThat(Problem.of(500, "api.unexpected", Locale.ENGLISH, null)
                        .withArguments("x-1")
                        .detail())
                .contains("error's id for the administrator: x-1");
        assertThat(Problem.of(403, "api.crossSite", Locale.ENGLISH, null).detail())
                .contains("application's own");
    }

    @Test
    void listsItsProblems() {
        JsonObject p = json(Problem.of(422, "rules.rejected", Locale.ENGLISH, null)
                .withProblems(List.of(Map.of("code", "DMN_XML"))));
        assertThat(p.getJsonArray("problems").getJsonObject(0).getString("code"))
                .isEqualTo("DMN_XML");
    }
}
