package fi.asiointipiste.visits.entity;

import static fi.asiointipiste.visits.entity.Persisted.withId;
import static fi.asiointipiste.visits.entity.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.routing.entity.SupportLevel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisitTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2026, 11, 23, 9, 0);

    private final Visit visit =
            new Visit(new ServicePoint("PIELAVESI", "Pielavesi", "Pielavesi"), Channel.WALK_IN, NINE);

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "WAITING, IN_SERVICE, true", "WAITING, NO_SHOW, true", "WAITING, DONE, false",
        "IN_SERVICE, DONE, true", "IN_SERVICE, WAITING, false", "IN_SERVICE, NO_SHOW, false",
        "DONE, IN_SERVICE, false", "NO_SHOW, IN_SERVICE, false", "DONE, WAITING, false"
    })
    void statusMovesOnlyForward(VisitStatus from, VisitStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void measuresWaitingAndHandlingTime() {
        visit.startService(null, NINE.plusMinutes(12));
        visit.finish(NINE.plusMinutes(40));
        assertThat(visit.getStatus()).isEqualTo(VisitStatus.DONE);
        assertThat(visit.getWaitingMinutes()).isEqualTo(12);
        assertThat(visit.getHandlingMinutes()).isEqualTo(28);
    }

    @Test
    void aFinishedVisitCannotBeRestarted() {
        visit.startService(null, NINE);
        visit.finish(NINE.plusMinutes(5));
        assertThatThrownBy(() -> visit.startService(null, NINE.plusMinutes(6)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWaitingVisitCannotBeFinishedWithoutService() {
        assertThatThrownBy(() -> visit.finish(NINE)).isInstanceOf(IllegalStateException.class);
        assertThat(visit.getStatus()).isEqualTo(VisitStatus.WAITING);
    }

    @Test
    void anOverrideNeedsAReason() {
        VisitTask task = visit.add(null);
        task.recommend(SupportLevel.SELF_SERVICE, null);
        assertThatThrownBy(() -> task.apply(SupportLevel.GUIDED, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(task.getAppliedLevel()).isEqualTo(SupportLevel.SELF_SERVICE);

        task.apply(SupportLevel.GUIDED, OverrideReason.CUSTOMER_WISH, "wants to be shown");
        assertThat(task.isOverridden()).isTrue();
        assertThat(task.getRecommendedLevel()).isEqualTo(SupportLevel.SELF_SERVICE);
    }

    @Test
    void acceptingTheRecommendationClearsAnEarlierReason() {
        VisitTask task = visit.add(null);
        task.recommend(SupportLevel.GUIDED, null);
        task.apply(SupportLevel.FULL_ASSISTANCE, OverrideReason.HEALTH_OR_ABILITY, null);
        task.apply(SupportLevel.GUIDED, OverrideReason.HEALTH_OR_ABILITY, "ignored");
        assertThat(task.isOverridden()).isFalse();
        assertThat(task.getOverrideReason()).isNull();
        assertThat(task.getOverrideNote()).isNull();
    }

    @Test
    void aTaskThatContinuesNeedsAFollowUpDate() {
        VisitTask task = visit.add(null);
        assertThatThrownBy(() -> task.close(TaskOutcome.CONTINUES, null, false))
                .isInstanceOf(IllegalArgumentException.class);
        task.close(TaskOutcome.CONTINUES, LocalDate.of(2026, 12, 1), false);
        assertThat(task.getFollowUpOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        task.close(TaskOutcome.DONE, LocalDate.of(2026, 12, 1), true);
        assertThat(task.getFollowUpOn()).isNull();
    }

    @Test
    void tasksAreNumberedInTheOrderAdded() {
        visit.add(null);
        visit.add(null);
        assertThat(visit.getTasks()).extracting(VisitTask::getSeqNo).containsExactly(1, 2);
    }

    private static final LocalDate TODAY = NINE.toLocalDate();
    private static final LocalizedText TEXT = new LocalizedText("a", "b", "c");
    private static final Agency TAX = new Agency("TAX", TEXT, null);

    private static ServiceTask task(long id, String code) {
        return withId(new ServiceTask(code, TAX, TEXT, null), id);
    }

    /** A visit in service with a profile and the given catalogue tasks, each with a visit-task id 100, 101, … */
    private Visit inService(ServiceTask... catalogueTasks) {
        visit.startService(null, NINE);
        visit.profileAs(new CustomerProfile("SELF_DIRECTED", "Outi", TEXT, TEXT));
        long id = 100;
        for (ServiceTask t : catalogueTasks) {
            withId(visit.add(t), id++);
        }
        return visit;
    }

    @ParameterizedTest(name = "a {0} visit, a change that needs {1}: {2}")
    @CsvSource({
        "WAITING,    WAITING,    ''",
        "WAITING,    IN_SERVICE, frontDesk.visit.wrongState",
        "IN_SERVICE, IN_SERVICE, ''",
        "IN_SERVICE, WAITING,    frontDesk.visit.wrongState",
        "DONE,       IN_SERVICE, frontDesk.visit.wrongState",
        "NO_SHOW,    WAITING,    frontDesk.visit.wrongState"
    })
    void aChangeIsRefusedWhenTheVisitIsNotInTheStateItNeeds(VisitStatus status, VisitStatus needed, String refusal) {
        switch (status) {
            case IN_SERVICE -> visit.startService(null, NINE);
            case DONE -> {
                visit.startService(null, NINE);
                visit.finish(NINE.plusMinutes(5));
            }
            case NO_SHOW -> visit.markNoShow(NINE.plusMinutes(5));
            default -> {}
        }
        assertRefused(() -> visit.requireStatus(needed), refusal);
    }

    @ParameterizedTest(name = "language {0}: {1}")
    @CsvSource({
        "fi, ''",
        "sv, ''",
        "en, ''",
        "other, ''",
        ", ''",
        "de, frontDesk.intake.languageInvalid",
        "'', frontDesk.intake.languageInvalid",
        "FI, frontDesk.intake.languageInvalid"
    })
    void theIntakeTakesOnlyTheLanguagesTheDeskServesIn(String language, String refusal) {
        assertRefused(() -> visit.intake(true, true, language, false, null), refusal);
        if (refusal.isEmpty()) {
            assertThat(visit.getLanguage()).isEqualTo(language);
        } else {
            assertThat(visit.getLanguage()).isNull();
        }
    }

    @Test
    void aTaskIsAddedOnlyAfterTheProfileOnlyFromTheCatalogueAndOnlyOnce() {
        ServiceTask taxCard = task(1, "TAX_CARD");
        assertRefused(() -> visit.checkCanAdd(taxCard), "frontDesk.task.profileFirst");
        assertRefused(() -> visit.checkCanAdd(null), "frontDesk.task.profileFirst");
        inService(taxCard);
        assertRefused(() -> visit.checkCanAdd(null), "frontDesk.task.unknown");
        assertRefused(() -> visit.checkCanAdd(task(1, "TAX_CARD")), "frontDesk.task.duplicate");
        assertRefused(() -> visit.checkCanAdd(task(2, "DVV_CHANGE_OF_ADDRESS")), "");
        assertThat(visit.has(task(1, "TAX_CARD"))).isTrue();
        assertThat(visit.has(task(2, "DVV_CHANGE_OF_ADDRESS"))).isFalse();
    }

    @Test
    void aTaskOfAnotherVisitIsRefused() {
        inService(task(1, "TAX_CARD"));
        assertThat(visit.task(100).getTask().getCode()).isEqualTo("TAX_CARD");
        assertRefused(() -> visit.task(999), "frontDesk.task.notInVisit");
    }

    @ParameterizedTest(name = "{0}, follow-up {1} days from today: {2}")
    @CsvSource({
        "DONE,         ,   ''",
        "REFERRED,     ,   ''",
        "NOT_POSSIBLE, ,   ''",
        "CONTINUES,    1,  ''",
        "CONTINUES,    ,   frontDesk.close.followUpRequired",
        "CONTINUES,    0,  frontDesk.close.followUpRequired",
        "CONTINUES,    -3, frontDesk.close.followUpRequired",
        ",             ,   frontDesk.close.outcomeRequired"
    })
    void closingNeedsAnOutcomePerTaskAndAFollowUpAfterTodayForOneThatContinues(
            TaskOutcome outcome, Integer days, String refusal) {
        inService(task(1, "TAX_CARD"));
        LocalDate followUp = days == null ? null : TODAY.plusDays(days);
        Map<Long, TaskClosing> outcomes = Map.of(100L, new TaskClosing(100, outcome, followUp, true));
        assertRefused(() -> visit.close(outcomes, null, null, TODAY, NINE.plusMinutes(20)), refusal);
        assertThat(visit.getStatus()).isEqualTo(refusal.isEmpty() ? VisitStatus.DONE : VisitStatus.IN_SERVICE);
    }

    @Test
    void closingIsRefusedWithoutTasksWithTooLongTextsOrATaskLeftOut() {
        visit.startService(null, NINE);
        assertRefused(() -> visit.close(Map.of(), null, null, TODAY, NINE), "frontDesk.close.noTasks");
        inServiceAgain();
        Map<Long, TaskClosing> both = new HashMap<>(Map.of(100L, new TaskClosing(100), 101L, new TaskClosing(101)));
        String tooLong = "x".repeat(Visit.NOTES_MAX + 1);
        assertRefused(() -> visit.close(both, tooLong, null, TODAY, NINE), "frontDesk.close.textTooLong");
        assertRefused(() -> visit.close(both, null, tooLong, TODAY, NINE), "frontDesk.close.textTooLong");
        assertRefused(
                () -> visit.close(Map.of(100L, new TaskClosing(100)), null, null, TODAY, NINE),
                "frontDesk.close.outcomeRequired");
        assertThat(visit.getTasks()).extracting(VisitTask::getOutcome).containsOnlyNulls();

        visit.close(both, "  came with a son ", "x".repeat(Visit.NOTES_MAX), TODAY, NINE.plusMinutes(30));
        assertThat(visit.getTasks()).extracting(VisitTask::getOutcome).containsOnly(TaskOutcome.DONE);
        assertThat(visit.getNotes()).isEqualTo("came with a son");
        assertThat(visit.getHandlingMinutes()).isEqualTo(30);
    }

    private void inServiceAgain() {
        visit.profileAs(new CustomerProfile("SELF_DIRECTED", "Outi", TEXT, TEXT));
        withId(visit.add(task(1, "TAX_CARD")), 100);
        withId(visit.add(task(2, "DVV_CHANGE_OF_ADDRESS")), 101);
    }
}
