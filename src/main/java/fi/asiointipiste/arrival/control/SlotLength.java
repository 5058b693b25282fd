package fi.asiointipiste.arrival.control;

import fi.asiointipiste.routing.entity.SupportLevel;
import java.util.List;

/**
 * How long a self-booked time is, from the support level the engine predicts for each chosen errand at the door
 * ({@link DoorRouting}). Documented in docs/user-guide/front-desk.md ("Self-booking").
 *
 * <ul>
 *   <li>each errand adds its level's minutes: self-service {@value #SELF_SERVICE_MINUTES} (the desk shows the way
 *   and checks the result), guided {@value #GUIDED_MINUTES}, full assistance {@value #FULL_ASSISTANCE_MINUTES};
 *   an errand the engine cannot route counts as guided;</li>
 *   <li>an interpreter adds {@value #INTERPRETER_MINUTES} minutes to the whole time (everything is said twice);</li>
 *   <li>the sum is rounded up to the booking grid of {@value #GRID_MINUTES} minutes and kept within
 *   {@value #GRID_MINUTES}–{@value #MAX_MINUTES} minutes (more errands than fit in that time get a longer time
 *   than any other customer but no more: the clerk books a second one if needed).</li>
 * </ul>
 */
public final class SlotLength {

    public static final int GRID_MINUTES = 15;
    public static final int SELF_SERVICE_MINUTES = 10;
    public static final int GUIDED_MINUTES = 20;
    public static final int FULL_ASSISTANCE_MINUTES = 40;
    public static final int INTERPRETER_MINUTES = 15;
    public static final int MAX_MINUTES = 120;

    private SlotLength() {}

    /** The minutes one errand needs at its predicted level (null: the engine could not route it). */
    public static int minutesOf(SupportLevel level) {
        if (level == null) {
            return GUIDED_MINUTES;
        }
        return switch (level) {
            case SELF_SERVICE -> SELF_SERVICE_MINUTES;
            case GUIDED -> GUIDED_MINUTES;
            case FULL_ASSISTANCE -> FULL_ASSISTANCE_MINUTES;
        };
    }

    /** The length of the time for these errands' predicted levels (see the class comment). */
    public static int minutes(List<SupportLevel> levels, boolean interpreter) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a time is booked for at least one errand");
        }
        int sum = levels.stream().mapToInt(SlotLength::minutesOf).sum() + (interpreter ? INTERPRETER_MINUTES : 0);
        int rounded = (sum + GRID_MINUTES - 1) / GRID_MINUTES * GRID_MINUTES;
        return Math.max(GRID_MINUTES, Math.min(MAX_MINUTES, rounded));
    }
}
