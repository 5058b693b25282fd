package fi.asiointipiste.visits.entity;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One stored visit as a simulation replays it: where and when it was, how long the clerk handled it (null until
 * it was served, or when a time is missing), and every errand with the decision stored for it. Routing facts only,
 * never a name or an identity code.
 */
public record PastVisit(
        long id, long servicePointId, LocalDateTime arrivedAt, Long handlingMinutes, List<PastErrand> errands) {
    public PastVisit {
        errands = List.copyOf(errands);
    }
}
