package fi.asiointipiste.rules.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The editor's multi-step undo and redo: order, the bound, and what a new edit or a colleague's change forgets. */
class DraftHistoryTest {

    /** Edits "t0 → t1 → t2 → t3" as the editor records them. */
    private static DraftHistory threeEdits() {
        DraftHistory history = new DraftHistory();
        history.edited("t0", "first");
        history.edited("t1", "second");
        history.edited("t2", "third");
        return history;
    }

    @Test
    void undoGoesBackStepByStepAndRedoForward() {
        DraftHistory history = threeEdits();
        assertThat(history.isFresh()).isFalse();
        assertThat(history.canRedo()).isFalse();
        assertThat(history.nextUndo()).isEqualTo(new DraftHistory.Step("t2", "third"));
        history.undone("t3");
        assertThat(history.nextUndo()).isEqualTo(new DraftHistory.Step("t1", "second"));
        history.undone("t2");
        assertThat(history.nextRedo()).isEqualTo(new DraftHistory.Step("t2", "second"));
        history.redone("t1");
        assertThat(history.nextUndo()).isEqualTo(new DraftHistory.Step("t1", "second"));
        assertThat(history.nextRedo()).isEqualTo(new DraftHistory.Step("t3", "third"));
        history.undone("t2");
        assertThat(history.nextUndo()).isEqualTo(new DraftHistory.Step("t0", "first"));
        history.undone("t1");
        assertThat(history.canUndo()).isFalse();
        assertThat(history.nextUndo()).isNull();
        history.redone("t0");
        history.redone("t1");
        history.redone("t2");
        assertThat(history.canRedo()).isFalse();
        assertThat(history.undoSteps()).isEqualTo(3);
        assertThat(history.nextUndo()).isEqualTo(new DraftHistory.Step("t2", "third"));
    }

    @Test
    void aNewEditForgetsWhatCouldBeRedone() {
        DraftHistory history = threeEdits();
        history.undone("t3");
        assertThat(history.canRedo()).isTrue();
        history.edited("t2", "another third");
        assertThat(history.canRedo()).isFalse();
        assertThat(history.nextUndo()).isEqualTo(new DraftHistory.Step("t2", "another third"));
    }

    @Test
    void atMostTheBoundIsKeptTheOldestGoFirst() {
        DraftHistory history = new DraftHistory();
        for (int i = 0; i < DraftHistory.STEPS + 5; i++) {
            history.edited("t" + i, "edit " + i);
        }
        assertThat(history.undoSteps()).isEqualTo(DraftHistory.STEPS);
        String last = null;
        for (int i = 0; i < DraftHistory.STEPS; i++) {
            last = history.nextUndo().dmnXml();
            history.undone("x" + i);
        }
        assertThat(last).isEqualTo("t5");
        assertThat(history.canUndo()).isFalse();
        DraftHistory small = new DraftHistory(2);
        small.edited("a", "1");
        small.edited("b", "2");
        small.edited("c", "3");
        small.undone("d");
        small.undone("c");
        assertThat(small.canUndo()).isFalse();
        assertThat(small.nextRedo().dmnXml()).isEqualTo("c");
        assertThatThrownBy(() -> new DraftHistory(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aColleaguesChangeForgetsEverythingAndTheViewIsNoLongerFresh() {
        DraftHistory fresh = new DraftHistory();
        assertThat(fresh.isFresh()).isTrue();
        assertThat(fresh.canUndo()).isFalse();
        DraftHistory history = threeEdits();
        history.undone("t3");
        history.forget();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isFalse();
        assertThat(history.isFresh()).isFalse();
    }
}
