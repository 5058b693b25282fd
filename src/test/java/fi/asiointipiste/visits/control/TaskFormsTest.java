package fi.asiointipiste.visits.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.OverrideReason;
import fi.asiointipiste.visits.entity.TaskClosing;
import fi.asiointipiste.visits.entity.TaskOutcome;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitTask;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskFormsTest {

    private final Visit visit =
            new Visit(new ServicePoint("P", "Point", "Town"), Channel.WALK_IN, LocalDateTime.of(2026, 11, 23, 9, 0));
    private final VisitTask first = withId(visit.add(null), 1);
    private final VisitTask second = withId(visit.add(null), 2);

    @Test
    void aTasksFormStartsFromTheTaskAndKeepsTheClerksUnsavedChoices() {
        first.recommend(SupportLevel.GUIDED, null);
        TaskForms<TaskEdit> edits = new TaskForms<>();
        TaskEdit edit = edits.of(first, TaskEdit::new);
        assertThat(edit.getLevel()).isEqualTo(SupportLevel.GUIDED);
        edit.setLevel(SupportLevel.FULL_ASSISTANCE);
        edit.setReason(OverrideReason.CUSTOMER_WISH);
        assertThat(edits.of(first, TaskEdit::new)).isSameAs(edit);
        edits.forget(first);
        assertThat(edits.of(first, TaskEdit::new).getLevel()).isEqualTo(SupportLevel.GUIDED);
    }

    @Test
    void theClosingHasAFormForEveryTaskDoneUnlessChanged() {
        TaskForms<TaskClosing> closings = new TaskForms<>();
        closings.of(second, t -> new TaskClosing(t.getId())).setOutcome(TaskOutcome.REFERRED);
        var all = closings.ofAll(List.of(first, second), t -> new TaskClosing(t.getId()));
        assertThat(all).containsOnlyKeys(1L, 2L);
        assertThat(all.get(1L).getOutcome()).isEqualTo(TaskOutcome.DONE);
        assertThat(all.get(2L).getOutcome()).isEqualTo(TaskOutcome.REFERRED);
    }

    @Test
    void anExplanationOpensOnceAndClosesOnTheNextClick() {
        TaskForms<String> whys = new TaskForms<>();
        int[] decided = {0};
        whys.toggle(first, t -> "why " + ++decided[0]);
        assertThat(whys.shown(first)).isEqualTo("why 1");
        assertThat(whys.shown(second)).isNull();
        whys.toggle(first, t -> "why " + ++decided[0]);
        assertThat(whys.shown(first)).isNull();
        whys.toggle(second, t -> null);
        assertThat(whys.shown(second)).as("nothing to explain opens nothing").isNull();
        assertThat(decided[0]).isEqualTo(1);
    }

    private static VisitTask withId(VisitTask task, long id) {
        try {
            Field field = VisitTask.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(task, id);
            return task;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
