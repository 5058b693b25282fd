package fi.asiointipiste.catalogue.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.platform.i18n.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactLabelsTest {

    private static final Locale FI = Locale.forLanguageTag("fi");
    private static final Locale EN = Locale.forLanguageTag("en");

    private final FactLabels labels = new FactLabels();

    FactLabelsTest() {
        Agency municipality = new Agency("MUNICIPALITY", new LocalizedText("Kunta", "Kommunen", "Municipality"), null);
        ServiceTask rental = new ServiceTask(
                "RENTAL_APARTMENT",
                municipality,
                new LocalizedText("Vuokra-asuntohakemus", "Hyresbostad", "Rental apartment application"),
                null);
        labels.catalogue = new Catalogue() {
            @Override
            public List<Agency> agencies() {
                return List.of(municipality);
            }

            @Override
            public Optional<ServiceTask> task(String code) {
                return Optional.of(rental).filter(t -> t.getCode().equals(code));
            }
        };
    }

    @Test
    void factsAndConditionsShowTranslatedNamesNotCodes() {
        assertThat(labels.fact("task", "RENTAL_APARTMENT", FI)).isEqualTo("Asia: Vuokra-asuntohakemus");
        assertThat(labels.fact("taskAgency", "MUNICIPALITY", EN)).isEqualTo("Errand's agency: Municipality");
        assertThat(labels.fact("strongEid", false, FI)).isEqualTo("Vahva sähköinen tunnistautuminen: Ei");
        assertThat(labels.fact("language", "sv", EN)).isEqualTo("Language of service: Svenska");
        assertThat(labels.condition("taskAgency", "\"MUNICIPALITY\"", FI)).isEqualTo("Asian viranomainen: Kunta");
        assertThat(labels.condition("task", "not(\"RENTAL_APARTMENT\")", EN))
                .isEqualTo("Errand: not Rental apartment application");
        assertThat(labels.condition("strongEid", "true", FI)).isEqualTo("Vahva sähköinen tunnistautuminen: Kyllä");
        assertThat(labels.condition("age", ">= 65", EN)).isEqualTo("Age: >= 65");
    }

    @Test
    void anUnknownCodeOrFactStaysAsItIs() {
        assertThat(labels.fact("task", "NO_SUCH", FI)).isEqualTo("Asia: NO_SUCH");
        assertThat(labels.name("somethingNew", FI)).isEqualTo("somethingNew");
        assertThat(labels.value("age", null, EN)).isEqualTo("not known");
    }
}
