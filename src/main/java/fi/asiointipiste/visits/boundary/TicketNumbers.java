package fi.asiointipiste.visits.boundary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A port for the feature that gives customers ticket numbers at the door (arrival): which visits a ticket number of a
 * day led to, and each visit's ticket label, so that clerks can find a visit by the number the customer holds. Visits
 * finds the implementations through CDI and knows nothing of tickets.
 */
public interface TicketNumbers {

    /** The visits that the ticket with this number (as printed, e.g. "007" or "7") led to at the points on the day. */
    List<Long> visitsOf(Collection<Long> pointIds, LocalDate day, int number);

    /** The ticket label of each of the visits that came with a ticket. */
    Map<Long, String> labelsOf(Collection<Long> visitIds);
}
