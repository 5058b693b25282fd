package fi.asiointipiste.arrival.control;

import fi.asiointipiste.arrival.entity.TargetKind;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which waiting ticket a desk calls next: the documented policy of "Call next" (docs/user-guide/front-desk.md,
 * "Arrival").
 *
 * <ol>
 *   <li><b>Who may call a ticket.</b> A ticket transferred to a desk is called by that desk only; one transferred to a
 *   clerk by the desk that clerk is signed in to; one transferred to an agency's specialist by that agency's desks.
 *   Any desk may call any other ticket, except that a general desk leaves a ticket whose every open errand was routed
 *   to a specialist of an agency that has a desk serving right now (that desk will call it).</li>
 *   <li><b>In which order.</b> First the appointments that are due (booked start within
 *   {@value #APPOINTMENT_EARLY_MINUTES} minutes from now, or already passed), earliest booked time first. Then the
 *   tickets sent to this desk or its clerk by a transfer. Then, at an agency's specialist desk, the tickets with an
 *   open errand of that agency (the errand's own agency or the specialist the engine asked for). Then everyone else.
 *   Within each group: the place in the queue (arrival time, kept on transfers), then the ticket number.</li>
 * </ol>
 */
public final class CallingPolicy {

    /** How early an appointment counts as due: its customer is called first from this many minutes before. */
    public static final int APPOINTMENT_EARLY_MINUTES = 5;

    private CallingPolicy() {}

    /**
     * The desk that calls.
     *
     * @param clerkId the clerk signed in to it
     * @param agency  the agency of a specialist desk, null for a general desk
     */
    public record CallingDesk(long id, Long clerkId, String agency) {}

    /**
     * A waiting ticket as the policy sees it.
     *
     * @param dueAt              the booked start of an appointment, null for a walk-in
     * @param targetId           the desk or clerk id of a DESK or CLERK target
     * @param targetAgency       the agency of an AGENCY target
     * @param errandAgencies     the agencies owning the ticket's open errands
     * @param specialistAgencies the agencies whose specialists the engine asked for, per open errand that needs one
     * @param generalErrand      whether an open errand needs no specialist (or the customer chose none: "help me")
     */
    public record Waiting(
            long ticketId,
            int number,
            LocalDateTime queuedAt,
            LocalDateTime dueAt,
            TargetKind target,
            Long targetId,
            String targetAgency,
            Set<String> errandAgencies,
            Set<String> specialistAgencies,
            boolean generalErrand) {}

    /**
     * The tickets this desk may call, in the order it calls them.
     *
     * @param servingSpecialists the agencies that have a specialist desk serving right now
     */
    public static List<Waiting> order(
            CallingDesk desk, Collection<Waiting> waiting, Set<String> servingSpecialists, LocalDateTime now) {
        return waiting.stream()
                .filter(w -> mayCall(desk, w, servingSpecialists))
                .sorted(Comparator.<Waiting>comparingInt(w -> rank(desk, w, now))
                        .thenComparing(w -> isDue(w, now) ? w.dueAt() : w.queuedAt())
                        .thenComparing(Waiting::queuedAt)
                        .thenComparingInt(Waiting::number))
                .toList();
    }

    /** Whether the desk may call the ticket at all (the first rule above). */
    public static boolean mayCall(CallingDesk desk, Waiting w, Set<String> servingSpecialists) {
        return switch (w.target()) {
            case DESK -> Objects.equals(w.targetId(), desk.id());
            case CLERK -> desk.clerkId() != null && Objects.equals(w.targetId(), desk.clerkId());
            case AGENCY -> desk.agency() != null && desk.agency().equals(w.targetAgency());
            case ANY ->
                desk.agency() != null || w.generalErrand() || !servingSpecialists.containsAll(w.specialistAgencies());
        };
    }

    private static int rank(CallingDesk desk, Waiting w, LocalDateTime now) {
        if (isDue(w, now)) {
            return 0;
        }
        if (w.target() == TargetKind.DESK || w.target() == TargetKind.CLERK) {
            return 1;
        }
        if (desk.agency() != null
                && (w.target() == TargetKind.AGENCY
                        || w.errandAgencies().contains(desk.agency())
                        || w.specialistAgencies().contains(desk.agency()))) {
            return 2;
        }
        return 3;
    }

    static boolean isDue(Waiting w, LocalDateTime now) {
        return w.dueAt() != null && !w.dueAt().isAfter(now.plusMinutes(APPOINTMENT_EARLY_MINUTES));
    }
}
