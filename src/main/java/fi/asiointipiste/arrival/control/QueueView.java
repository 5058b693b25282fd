package fi.asiointipiste.arrival.control;

import fi.asiointipiste.arrival.entity.Desk;
import fi.asiointipiste.arrival.entity.DeskStatus;
import fi.asiointipiste.arrival.entity.Ticket;
import fi.asiointipiste.arrival.entity.TicketErrand;
import fi.asiointipiste.arrival.entity.TicketStatus;
import fi.asiointipiste.routing.entity.SupportLevel;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A point's queue at one moment, as the boards show it: the tickets waiting in the order the desks will call them,
 * the calls, the desks, and the waiting-time estimates per errand group and per ticket (as ranges). An errand group is
 * the agency of a ticket's first open errand; a ticket without one ("help me") is in the group {@value #OTHER}.
 *
 * <p>The public board carries no personal data and nothing about a ticket's errands: ticket numbers, desk numbers
 * and names, counts and ranges. The desks' board (for signed-in staff of the point) adds each ticket's errands with
 * their predicted levels, flags and transfers.
 */
public final class QueueView {

    public static final String OTHER = "OTHER";

    /** How long a call stays on the display after the customer came to the desk. */
    static final int CALL_SHOWN_MINUTES = 2;

    private final long pointId;
    private final List<Ticket> today;
    private final List<Desk> desks;
    private final LocalDateTime now;
    private final WaitEstimate.HandlingTimes times;
    private final List<String> groups;

    /**
     * @param groups the agency codes in the order the boards list them ({@value #OTHER} is added last)
     */
    public QueueView(
            long pointId,
            List<Ticket> today,
            List<Desk> desks,
            LocalDateTime now,
            WaitEstimate.HandlingTimes times,
            List<String> groups) {
        this.pointId = pointId;
        this.today = today;
        this.desks = desks;
        this.now = now;
        this.times = times;
        List<String> all = new ArrayList<>(groups);
        all.add(OTHER);
        this.groups = all;
    }

    /** The waiting tickets in the order a general desk calls them: due appointments, then the place in the queue. */
    public List<Ticket> waiting() {
        return today.stream()
                .filter(t -> t.getStatus() == TicketStatus.WAITING)
                .sorted(Comparator.comparingInt((Ticket t) -> due(t) ? 0 : 1)
                        .thenComparing(t -> due(t) ? t.getDueAt() : t.getQueuedAt())
                        .thenComparingInt(Ticket::getNumber))
                .toList();
    }

    private boolean due(Ticket t) {
        return t.getDueAt() != null && !t.getDueAt().isAfter(now.plusMinutes(CallingPolicy.APPOINTMENT_EARLY_MINUTES));
    }

    /** The calls the display shows: tickets called now, and those served within the last minutes, newest first. */
    public List<Ticket> calls() {
        return today.stream()
                .filter(t -> t.getCalledAt() != null
                        && t.getDesk() != null
                        && (t.getStatus() == TicketStatus.CALLED
                                || t.getCalledAt().isAfter(now.minusMinutes(CALL_SHOWN_MINUTES))))
                .sorted(Comparator.comparing(Ticket::getCalledAt).reversed())
                .limit(8)
                .toList();
    }

    public static String group(Ticket t) {
        return t.getOpenErrands().stream()
                .findFirst()
                .or(() -> t.getErrands().stream().findFirst())
                .map(e -> e.getTask().getAgency().getCode())
                .orElse(OTHER);
    }

    /** The serving desks for the estimate, each with the customer at it now (if any). */
    private List<WaitEstimate.Desk> servingDesks() {
        List<WaitEstimate.Desk> serving = new ArrayList<>();
        for (Desk d : desks) {
            if (d.getStatus() != DeskStatus.SERVING) {
                continue;
            }
            Ticket at = today.stream()
                    .filter(t -> t.getStatus().isAtDesk()
                            && t.getDesk() != null
                            && Objects.equals(t.getDesk().getId(), d.getId()))
                    .findFirst()
                    .orElse(null);
            if (at == null) {
                serving.add(new WaitEstimate.Desk(d.getAgencyCode(), null, 0));
            } else {
                LocalDateTime since = at.getStatus() == TicketStatus.SERVING && at.getServedAt() != null
                        ? at.getServedAt()
                        : at.getCalledAt();
                double soFar = since == null
                        ? 0
                        : Math.max(0, Duration.between(since, now).getSeconds() / 60.0);
                serving.add(new WaitEstimate.Desk(d.getAgencyCode(), levels(at), soFar));
            }
        }
        return serving;
    }

    static List<SupportLevel> levels(Ticket t) {
        List<SupportLevel> levels = new ArrayList<>();
        for (TicketErrand e : t.getOpenErrands()) {
            levels.add(e.getPredictedLevel());
        }
        return levels;
    }

    static WaitEstimate.Job job(Ticket t) {
        List<TicketErrand> open = t.getOpenErrands();
        boolean onlySpecialists = !open.isEmpty() && open.stream().allMatch(TicketErrand::isForSpecialist);
        Set<String> agencies = onlySpecialists
                ? open.stream().map(TicketErrand::getSpecialistAgency).collect(Collectors.toSet())
                : Set.of();
        return new WaitEstimate.Job(levels(t), agencies);
    }

    /** The range a waiting ticket is shown: the tickets called before it, then it. */
    public WaitEstimate.Range estimateFor(Ticket ticket) {
        List<Ticket> order = waiting();
        int position = -1;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == ticket || Objects.equals(order.get(i).getId(), ticket.getId())) {
                position = i;
            }
        }
        if (position < 0) {
            return null;
        }
        List<WaitEstimate.Job> ahead =
                order.subList(0, position).stream().map(QueueView::job).toList();
        return WaitEstimate.estimate(servingDesks(), ahead, job(ticket), times, seed(ticket.getNumber()));
    }

    /** The range a customer of the group who takes a ticket now would be shown (one errand of a level not known). */
    public WaitEstimate.Range estimateForNewcomer() {
        List<WaitEstimate.Job> ahead = waiting().stream().map(QueueView::job).toList();
        return WaitEstimate.estimate(
                servingDesks(),
                ahead,
                new WaitEstimate.Job(java.util.Collections.singletonList(null), Set.of()),
                times,
                seed(0));
    }

    /** A seed that changes by the minute, so an estimate does not flicker between pushes. */
    private long seed(int salt) {
        return Objects.hash(pointId, salt, now.withSecond(0).withNano(0));
    }

    /** The public board: calls, waiting counts and ranges per group. No errands, no personal data. */
    public Map<String, Object> publicBoard() {
        Map<String, Object> board = new LinkedHashMap<>();
        board.put("type", "board");
        board.put("point", pointId);
        board.put("at", now.withNano(0));
        List<Object> calls = new ArrayList<>();
        for (Ticket t : calls()) {
            Map<String, Object> call = new LinkedHashMap<>();
            call.put("ticket", t.getLabel());
            call.put("desk", t.getDesk().getNumber());
            call.put("deskName", t.getDesk().getName());
            call.put("calls", t.getCalls());
            call.put("calledAt", t.getCalledAt().withNano(0));
            call.put("now", t.getStatus() == TicketStatus.CALLED);
            calls.add(call);
        }
        board.put("calls", calls);
        List<Ticket> waiting = waiting();
        board.put("waiting", waiting.size());
        board.put("serving", servingDesks().size());
        board.put("groups", groupFigures(waiting));
        return board;
    }

    private List<Object> groupFigures(List<Ticket> waiting) {
        WaitEstimate.Range newcomer = estimateForNewcomer();
        Map<String, Long> counts =
                waiting.stream().collect(Collectors.groupingBy(QueueView::group, Collectors.counting()));
        List<Object> out = new ArrayList<>();
        for (String g : groups) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group", g);
            row.put("waiting", counts.getOrDefault(g, 0L));
            WaitEstimate.Range r = estimateForGroup(g, waiting, newcomer);
            row.put("low", r == null ? null : r.low());
            row.put("high", r == null ? null : r.high());
            out.add(row);
        }
        return out;
    }

    /**
     * A newcomer of the group waits behind everyone; only an agency's specialist desk changes that (it calls its own
     * agency's tickets first), so for a group with a serving specialist desk the estimate counts only that agency's
     * tickets ahead at that desk.
     */
    private WaitEstimate.Range estimateForGroup(String group, List<Ticket> waiting, WaitEstimate.Range general) {
        List<WaitEstimate.Desk> serving = servingDesks();
        boolean specialistDesk = serving.stream().anyMatch(d -> group.equals(d.agency()));
        if (!specialistDesk) {
            return general;
        }
        List<WaitEstimate.Job> ahead = waiting.stream()
                .filter(t -> group.equals(group(t)))
                .map(t -> new WaitEstimate.Job(levels(t), Set.of(group)))
                .toList();
        return WaitEstimate.estimate(
                serving,
                ahead,
                new WaitEstimate.Job(java.util.Collections.singletonList(null), Set.of(group)),
                times,
                seed(group.hashCode()));
    }

    /** The desks' board for the point's signed-in staff: every open ticket with its errands, the desks, the groups. */
    public Map<String, Object> desksBoard() {
        Map<String, Object> board = new LinkedHashMap<>();
        board.put("type", "desks");
        board.put("point", pointId);
        board.put("at", now.withNano(0));
        List<Ticket> waiting = waiting();
        List<Object> tickets = new ArrayList<>();
        for (Ticket t : waiting) {
            tickets.add(ticketRow(t, estimateFor(t)));
        }
        today.stream().filter(t -> t.getStatus().isAtDesk()).forEach(t -> tickets.add(ticketRow(t, null)));
        board.put("tickets", tickets);
        List<Object> deskRows = new ArrayList<>();
        for (Desk d : desks) {
            if (!d.isActive()) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", d.getId());
            row.put("number", d.getNumber());
            row.put("name", d.getName());
            row.put("agency", d.getAgencyCode());
            row.put("status", d.getStatus());
            row.put("clerk", d.getClerk() == null ? null : d.getClerk().getDisplayName());
            row.put(
                    "ticket",
                    today.stream()
                            .filter(t -> t.getStatus().isAtDesk()
                                    && t.getDesk() != null
                                    && Objects.equals(t.getDesk().getId(), d.getId()))
                            .map(Ticket::getLabel)
                            .findFirst()
                            .orElse(null));
            deskRows.add(row);
        }
        board.put("desks", deskRows);
        board.put("groups", groupFigures(waiting));
        board.put(
                "selfService",
                today.stream()
                        .filter(t -> t.getStatus() == TicketStatus.SELF_SERVICE)
                        .count());
        board.put(
                "done",
                today.stream().filter(t -> t.getStatus() == TicketStatus.DONE).count());
        board.put(
                "noShows",
                today.stream()
                        .filter(t -> t.getStatus() == TicketStatus.NO_SHOW)
                        .count());
        return board;
    }

    private static Map<String, Object> ticketRow(Ticket t, WaitEstimate.Range estimate) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", t.getId());
        row.put("version", t.getVersion());
        row.put("label", t.getLabel());
        row.put("status", t.getStatus());
        row.put("queuedAt", t.getQueuedAt().withNano(0));
        row.put("dueAt", t.getDueAt());
        row.put("language", t.getLanguage());
        row.put("interpreter", t.isNeedsInterpreter());
        row.put("calls", t.getCalls());
        row.put("desk", t.getDesk() == null ? null : t.getDesk().getNumber());
        row.put("target", t.getTargetKind());
        row.put(
                "targetDesk",
                t.getTargetDesk() == null ? null : t.getTargetDesk().getNumber());
        row.put(
                "targetClerk",
                t.getTargetClerk() == null ? null : t.getTargetClerk().getDisplayName());
        row.put(
                "targetAgency",
                t.getTargetAgency() == null ? null : t.getTargetAgency().getCode());
        row.put("group", group(t));
        List<Object> errands = new ArrayList<>();
        for (TicketErrand e : t.getErrands()) {
            Map<String, Object> er = new LinkedHashMap<>();
            er.put("task", e.getTask().getCode());
            er.put("level", e.getPredictedLevel());
            er.put("specialist", e.getSpecialistAgency());
            er.put("state", e.getState());
            errands.add(er);
        }
        row.put("errands", errands);
        row.put("low", estimate == null ? null : estimate.low());
        row.put("high", estimate == null ? null : estimate.high());
        return row;
    }
}
