package fi.asiointipiste.visits.control;

import fi.asiointipiste.organisation.entity.ServicePoint;
import java.util.List;

/**
 * Which service point a front-desk page shows: the one asked for when the user works there, otherwise their first
 * one, with the message that says why (none when they work nowhere).
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
        if (mine.isEmpty()) {
            return new PointChoice(null, "frontDesk.noPoints");
        }
        ServicePoint point = mine.stream().filter(p -> p.getId().equals(asked)).findFirst().orElse(mine.get(0));
        return new PointChoice(point, asked != null && !point.getId().equals(asked) ? "frontDesk.pointNotYours" : null);
    }
}
