package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.QueueView;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.entity.SupportLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts the boards' script draws with, from the bundles and the catalogue: the board pages receive codes and
 * numbers by push and write them out in the page's language (the display in all three in turn).
 */
final class BoardLabels {

    /** The bundle keys the boards use, without their "arrival.board." prefix. */
    private static final List<String> KEYS = List.of(
            "calling",
            "desk",
            "waiting",
            "estimate",
            "minutes",
            "underFive",
            "noEstimate",
            "noDeskOpen",
            "nobodyWaiting",
            "group",
            "ticket",
            "errands",
            "waited",
            "due",
            "interpreter",
            "status",
            "clerk",
            "call",
            "specialist",
            "unknownLevel",
            "selfService",
            "handled",
            "done",
            "noShows",
            "desks",
            "nowServing",
            "recentCalls",
            "transferredDesk",
            "transferredClerk",
            "transferredAgency",
            "chimeOn",
            "chimeOff",
            "updated",
            "disconnected",
            "helpMe");

    private BoardLabels() {}

    static Map<String, Object> of(Locale locale, List<Agency> agencies, List<ServiceTask> tasks) {
        Map<String, Object> labels = new LinkedHashMap<>();
        for (String key : KEYS) {
            labels.put(key, Messages.text(locale, "arrival.board." + key));
        }
        Map<String, String> groups = new LinkedHashMap<>();
        agencies.forEach(a -> groups.put(a.getCode(), a.getName().in(locale)));
        groups.put(QueueView.OTHER, Messages.text(locale, "arrival.board.otherGroup"));
        labels.put("groups", groups);
        Map<String, String> levels = new LinkedHashMap<>();
        for (SupportLevel level : SupportLevel.values()) {
            levels.put(level.name(), Messages.text(locale, "SupportLevel." + level.name()));
        }
        labels.put("levels", levels);
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String s : List.of("WAITING", "CALLED", "SERVING", "CLOSED", "PAUSE", "AWAY")) {
            statuses.put(s, Messages.text(locale, "arrival.status." + s));
        }
        labels.put("statuses", statuses);
        Map<String, String> taskNames = new LinkedHashMap<>();
        tasks.forEach(t -> taskNames.put(t.getCode(), t.getName().in(locale)));
        labels.put("tasks", taskNames);
        labels.put("lang", locale.getLanguage());
        return labels;
    }
}
