package fi.asiointipiste.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One generated visit, ready to be written; ids are assigned by the writer. */
public record DemoVisit(
        long pointId,
        String channel,
        String status,
        LocalDateTime arrivedAt,
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        Long clerkId,
        DemoCustomers.DemoCustomer customer,
        long profileId,
        List<Task> tasks,
        Answer feedback) {

    public record Task(
            long taskId,
            String recommendedLevel,
            String appliedLevel,
            String overrideReason,
            Long agencyId,
            String outcome,
            LocalDate followUpOn,
            Boolean didItThemselves,
            String ruleId,
            String mode,
            String flow,
            String facts,
            Long ruleSetId) {

        /** The same errand when the visit was not (yet) served: nothing decided, nothing done. */
        Task unhandled() {
            return new Task(taskId, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    public record Answer(LocalDateTime givenAt, int ces, int nps, String comment) {}
}
