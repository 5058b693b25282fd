package fi.asiointipiste.rules.control;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The editor's undo and redo for one draft in one browser view: the tables from before the edits saved in the view,
 * newest first, at most {@link #STEPS} of them, and the tables that undo took back, for redo. A new edit forgets
 * what could be redone. The history lives in the view only: when a colleague's change comes in, it is forgotten
 * (undoing would overwrite their change).
 */
public final class DraftHistory implements Serializable {

    /** How many edits can be undone one after another. */
    public static final int STEPS = 20;

    /** A table to go back (or forward) to, and the edit that left it. */
    public record Step(String dmnXml, String description) implements Serializable {}

    private final int limit;
    private final ArrayDeque<Step> undo = new ArrayDeque<>();
    private final ArrayDeque<Step> redo = new ArrayDeque<>();
    private boolean used;

    public DraftHistory() {
        this(STEPS);
    }

    DraftHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        this.limit = limit;
    }

    /** An edit was saved; {@code before} is the table it changed. What could be redone is forgotten. */
    public void edited(String before, String description) {
        push(undo, new Step(before, description));
        redo.clear();
        used = true;
    }

    /** The step an undo brings back, or null when there is none. */
    public Step nextUndo() {
        return undo.peek();
    }

    /** The step a redo brings back, or null when there is none. */
    public Step nextRedo() {
        return redo.peek();
    }

    /** The undo of {@link #nextUndo()} was saved; {@code current} is the table it replaced, for redo. */
    public void undone(String current) {
        Step step = undo.pop();
        push(redo, new Step(current, step.description()));
        used = true;
    }

    /** The redo of {@link #nextRedo()} was saved; {@code current} is the table it replaced, for undo. */
    public void redone(String current) {
        Step step = redo.pop();
        push(undo, new Step(current, step.description()));
        used = true;
    }

    /** Forgets every step (a colleague changed the draft). */
    public void forget() {
        undo.clear();
        redo.clear();
        used = true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Nothing has been edited, undone or forgotten in this view yet. */
    public boolean isFresh() {
        return !used;
    }

    public int undoSteps() {
        return undo.size();
    }

    private void push(Deque<Step> steps, Step step) {
        steps.push(step);
        while (steps.size() > limit) {
            steps.removeLast();
        }
    }
}
