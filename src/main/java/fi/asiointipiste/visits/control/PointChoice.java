package fi.asiointipiste.visits.control;

import fi.asiointipiste.organisation.entity.ServicePoint;
import java.util.List;

/**
 * Which service point a front-desk page shows: the one asked for when the user works there, otherwise the one they
 * last served a customer at, otherwise their first one, with the message that says why (none when they work nowhere).
 *
 * @param point   the point to show, null when the user works at no point
 * @param problem the message key to show, or null
 */
public record PointChoice(ServicePoint point, String problem) {

    /**
     * @param mine  the user's points, in the order the pages list them
     * @param asked the point the page was asked for, or null
     */
    public static PointChoice of(List<ServicePoint> mine, Long asked) {
        return of(mine, asked, null);
    }

    /**
     * @param lastWorked the point where the user last served a customer (null if never): shown when none is asked
     *                   for and it is still one of theirs, so the queue opens where they work rather than at the first
     */
    public static PointChoice of(List<ServicePoint> mine, Long asked, Long lastWorked) {
        if (mine.isEmpty()) {
            return new PointChoice(null, "frontDesk.noPoints");
        }
        Long wanted = asked != null ? asked : lastWorked;
        ServicePoint point =
                mine.stream().filter(p -> p.getId().equals(wanted)).findFirst().orElse(mine.get(0));
        return new PointChoice(point, asked != null && !point.getId().equals(asked) ? "frontDesk.pointNotYours" : null);
    }
}
