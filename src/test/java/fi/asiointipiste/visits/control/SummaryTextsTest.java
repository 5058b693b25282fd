package fi.asiointipiste.visits.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.TaskOutcome;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitTask;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The printout's "what happens next": texts for every agency and outcome, which text wins, in which language. */
class SummaryTextsTest {

    private static final List<String> AGENCIES = List.of("KELA", "TE_SERVICES", "MUNICIPALITY", "DVV", "TAX", "POLICE");

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void everyAgencyHasNextStepsForEveryOutcomeAndContacts(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag(language));
        Set<String> missing = new TreeSet<>();
        for (String agency : AGENCIES) {
            for (TaskOutcome outcome : TaskOutcome.values()) {
                for (String kind : List.of("next", "yours")) {
                    String key = "summary." + kind + "." + agency + "." + outcome;
                    if (!bundle.containsKey(key) || bundle.getString(key).isBlank()) {
                        missing.add(key);
                    }
                }
            }
            if (!bundle.containsKey("summary.contact." + agency)) {
                missing.add("summary.contact." + agency);
            }
        }
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void noTextInventsAPhoneNumber(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag(language));
        assertThat(bundle.keySet().stream()
                        .filter(k -> k.startsWith("summary."))
                        .filter(k -> bundle.getString(k).matches(".*\\d{3}[ -]?\\d{3,}.*")))
                .isEmpty();
    }

    @Test
    void aTaskSpecificTextWinsTheAgencysTextAndAnUnknownAgencyGetsTheGeneralOne() {
        SummaryTexts english = new SummaryTexts(Locale.ENGLISH);
        assertThat(english.next(task("TAX_CARD", "TAX", TaskOutcome.DONE)))
                .isEqualTo(english.text("summary.next.task.TAX_CARD.DONE"));
        assertThat(english.next(task("TAX_RETURN_OTHER", "TAX", TaskOutcome.CONTINUES)))
                .isEqualTo(english.text("summary.next.TAX.CONTINUES"));
        assertThat(english.next(task("NEW_TASK", "NEW_AGENCY", TaskOutcome.DONE)))
                .isEqualTo(english.text("summary.agencyContinues"));
        assertThat(english.yours(task("NEW_TASK", "NEW_AGENCY", TaskOutcome.DONE)))
                .isEqualTo(english.text("summary.nothingMore"));
        assertThat(english.next(task("TAX_CARD", "TAX", null))).isEmpty();
    }

    @Test
    void contactsComeOncePerAgencyAndThePrintoutSpeaksTheCustomersLanguage() {
        Visit visit = new Visit(
                new ServicePoint("P", "Point", "Town"), Channel.WALK_IN, LocalDateTime.of(2026, 11, 23, 9, 0));
        visit.add(serviceTask("TAX_CARD", "TAX"));
        visit.add(serviceTask("TAX_RETURN", "TAX"));
        visit.add(serviceTask("NEW_TASK", "NEW_AGENCY"));
        SummaryTexts english = new SummaryTexts(Locale.ENGLISH);
        assertThat(english.contacts(visit)).containsExactly(english.text("summary.contact.TAX"));

        List<String> offered = List.of("fi", "sv", "en");
        assertThat(SummaryTexts.localeOf(visit, offered, Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
        visit.intake(null, null, "sv", null, null);
        assertThat(SummaryTexts.localeOf(visit, offered, Locale.ENGLISH).getLanguage())
                .isEqualTo("sv");
        visit.intake(null, null, "other", null, null);
        assertThat(SummaryTexts.localeOf(visit, offered, Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
    }

    private static VisitTask task(String code, String agency, TaskOutcome outcome) {
        Visit visit = new Visit(
                new ServicePoint("P", "Point", "Town"), Channel.WALK_IN, LocalDateTime.of(2026, 11, 23, 9, 0));
        VisitTask task = visit.add(serviceTask(code, agency));
        if (outcome != null) {
            task.close(outcome, LocalDate.of(2026, 12, 1), false);
        }
        return task;
    }

    private static ServiceTask serviceTask(String code, String agency) {
        LocalizedText text = new LocalizedText(code, code, code);
        return new ServiceTask(code, new Agency(agency, text, null), text, null);
    }
}
