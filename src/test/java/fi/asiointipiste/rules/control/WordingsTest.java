package fi.asiointipiste.rules.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.rules.entity.RuleWording;
import fi.asiointipiste.rules.entity.TableEdit;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule names by id, as the pages that list rules by their id (learning from overrides) show them. */
class WordingsTest {

    private final DecisionTable seed = WorkbenchControlsTest.seed();

    @Test
    void everyRuleHasItsNameInTheLanguageKeyedByItsIdInTheTablesOrder() {
        Map<String, String> fi = Wordings.names(seed, Locale.forLanguageTag("fi"));
        Map<String, String> sv = Wordings.names(seed, Locale.forLanguageTag("sv"));
        assertThat(fi.keySet())
                .containsExactlyElementsOf(
                        seed.rules().stream().map(r -> r.id()).distinct().toList());
        assertThat(fi.get("housing-multi-unskilled"))
                .isEqualTo(Wordings.name(seed, indexOf("housing-multi-unskilled"), Locale.forLanguageTag("fi")))
                .isNotEqualTo("housing-multi-unskilled")
                .isNotEqualTo(sv.get("housing-multi-unskilled"));
    }

    @Test
    void aRulesOwnWordsComeBeforeTheSeedTranslations() {
        int rule = indexOf("housing-multi-unskilled");
        DecisionTable worded = new TableEdit.SetWording(
                        rule, new RuleWording.Wording(Map.of("fi", "Vuokra-asunto täydellä tuella"), Map.of()))
                .apply(RuleWording.materialize(seed, r -> Wordings.shown(seed, r)));
        assertThat(Wordings.names(worded, Locale.forLanguageTag("fi")))
                .containsEntry("housing-multi-unskilled", "Vuokra-asunto täydellä tuella");
    }

    private int indexOf(String id) {
        for (int i = 0; i < seed.rules().size(); i++) {
            if (seed.rules().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }
}
