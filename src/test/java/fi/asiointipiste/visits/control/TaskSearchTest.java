package fi.asiointipiste.visits.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.platform.i18n.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskSearchTest {

    private static final Agency TAX = new Agency("TAX", new LocalizedText("Vero", "Skatt", "Tax"), null);
    private static final List<ServiceTask> CATALOGUE = List.of(
            task("TAX_CARD", "Verokortin muuttaminen"),
            task("TAX_RETURN", "Veroilmoituksen korjaaminen"),
            task("RENTAL_APARTMENT", "Vuokra-asunnon hakeminen"),
            task("KELA_HOUSING_ALLOWANCE", "Asumistuen hakeminen"));

    private static ServiceTask task(String code, String finnish) {
        return new ServiceTask(code, TAX, new LocalizedText(finnish, finnish, finnish), null);
    }

    @ParameterizedTest(name = "typed ''{0}'', frequent {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "         |                          | TAX_CARD,TAX_RETURN,RENTAL_APARTMENT,KELA_HOUSING_ALLOWANCE",
                "         | RENTAL_APARTMENT,TAX_CARD | RENTAL_APARTMENT,TAX_CARD,TAX_RETURN,KELA_HOUSING_ALLOWANCE",
                "vero     |                          | TAX_CARD,TAX_RETURN",
                "  VERO   | TAX_RETURN               | TAX_RETURN,TAX_CARD",
                "hakeminen| KELA_HOUSING_ALLOWANCE   | KELA_HOUSING_ALLOWANCE,RENTAL_APARTMENT",
                "tax_c    |                          | TAX_CARD",
                "passi    |                          | ''"
            })
    void matchesByNameOrCodeWithThePointsFrequentTasksFirst(String typed, String frequent, String expected) {
        List<String> frequentCodes = frequent == null ? List.of() : List.of(frequent.split(","));
        List<String> codes = expected.isEmpty() ? List.of() : List.of(expected.split(","));
        assertThat(TaskSearch.matching(
                        CATALOGUE, frequentCodes, typed, t -> t.getName().in(Locale.forLanguageTag("fi"))))
                .containsExactlyElementsOf(codes);
    }

    @org.junit.jupiter.api.Test
    void showsAtMostTwelve() {
        List<ServiceTask> many = IntStream.range(0, 20)
                .mapToObj(i -> task("T" + i, "Tehtävä " + i))
                .toList();
        assertThat(TaskSearch.matching(many, List.of("T19"), "", t -> t.getCode()))
                .hasSize(TaskSearch.SHOWN)
                .startsWith("T19", "T0");
    }
}
