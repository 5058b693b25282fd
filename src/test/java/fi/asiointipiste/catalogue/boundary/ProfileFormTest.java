package fi.asiointipiste.catalogue.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.EmpathyAspect;
import fi.asiointipiste.platform.i18n.LocalizedText;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileFormTest {

    static class Form extends ProfileForm {
        CustomerProfile stored;

        @Override
        protected Optional<CustomerProfile> find(Long id) {
            return Optional.ofNullable(stored);
        }
    }

    @Test
    void aLoadedProfileGivesBackTheSameTextsInEveryLanguage() {
        CustomerProfile hilma = new CustomerProfile(
                "CONTACT_SEEKING",
                "Hilma",
                new LocalizedText("Hilma fi", "Hilma sv", "Hilma en"),
                new LocalizedText("Yhteenveto", "Sammanfattning", "Summary"));
        for (EmpathyAspect aspect : EmpathyAspect.values()) {
            hilma.describe(aspect, new LocalizedText(aspect + " fi", aspect + " sv", aspect + " en"));
        }
        Form form = new Form();
        form.stored = hilma;
        form.setId(1L);
        form.load();

        assertThat(form.getTexts())
                .containsEntry("name.sv", "Hilma sv")
                .containsEntry("summary.en", "Summary")
                .containsEntry("PAINS.fi", "PAINS fi");
        ProfileDraft draft = form.draft();
        assertThat(draft.code()).isEqualTo("CONTACT_SEEKING");
        assertThat(draft.name()).isEqualTo(hilma.getName());
        assertThat(draft.summary()).isEqualTo(hilma.getSummary());
        assertThat(draft.empathy()).containsOnlyKeys(EmpathyAspect.values());
        assertThat(draft.empathy().get(EmpathyAspect.GAINS)).isEqualTo(hilma.empathy(EmpathyAspect.GAINS));
    }

    @Test
    void textsAreTrimmedAndAMissingOneIsEmptySoTheFacadeRefusesIt() {
        Form form = new Form();
        form.setPersonaName("Paavo");
        form.getTexts().put("name.fi", "  Paavo Pilotti ");
        ProfileDraft draft = form.draft();
        assertThat(draft.name().getFi()).isEqualTo("Paavo Pilotti");
        assertThat(draft.name().getSv()).isEmpty();
        assertThat(draft.empathy().get(EmpathyAspect.PAINS).getEn()).isEmpty();
        assertThat(draft.active()).isTrue();
    }
}
