package fi.asiointipiste.visits.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.routing.entity.SupportLevel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisitTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2026, 11, 23, 9, 0);

    private final Visit visit = new Visit(new ServicePoint("PIELAVESI", "Pielavesi", "Pielavesi"),
            Channel.WALK_IN, NINE);

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
}
