package fi.asiointipiste.routing.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingFactsTest {

    @Test
    void writesFactsInFeelLiteralStyle() {
        RoutingFacts facts =
                RoutingFacts.of("MULTI_UNSKILLED", "RENTAL_APARTMENT", "MUNICIPALITY", false, "fi", 54, true, null, 0);
        assertThat(facts.toText())
                .isEqualTo("profile=\"MULTI_UNSKILLED\";task=\"RENTAL_APARTMENT\";"
                        + "taskAgency=\"MUNICIPALITY\";strongEid=false;language=\"fi\";age=54;firstVisit=true;"
                        + "needsInterpreter=null;visitsLast90Days=0");
    }

    @Test
    void readsBackWhatItWrote() {
        RoutingFacts facts = RoutingFacts.of("CONTACT_SEEKING", "TAX_CARD", "TAX", true, "sv", null, false, true, 3);
        RoutingFacts read = RoutingFacts.parse(facts.toText());
        assertThat(read).isEqualTo(facts);
        assertThat(read.get("strongEid")).isEqualTo(Boolean.TRUE);
        assertThat(read.get("age")).isNull();
        assertThat(read.get("visitsLast90Days")).isEqualTo(new BigDecimal("3"));
    }

    @Test
    void keepsStringsThatLookLikeOtherTypesAsStrings() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("note", "true;x=\"1\"");
        values.put("code", "123");
        RoutingFacts read = RoutingFacts.parse(RoutingFacts.of(values).toText());
        assertThat(read.get("note")).isEqualTo("true;x=\"1\"");
        assertThat(read.get("code")).isEqualTo("123");
    }

    @Test
    void readsAnEmptyText() {
        assertThat(RoutingFacts.parse("").values()).isEmpty();
    }
}
