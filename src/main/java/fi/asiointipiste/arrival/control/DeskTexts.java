package fi.asiointipiste.arrival.control;

import fi.asiointipiste.arrival.entity.Desk;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How desks are named to clerks, and the transfer targets a clerk can choose from at their desk. */
public final class DeskTexts {

    private DeskTexts() {}

    /** "Työpiste 2" or "Työpiste 3 (Kela)". */
    public static String label(Locale locale, Desk desk) {
        return desk.getName() == null
                ? Messages.text(locale, "arrival.desk.label", desk.getNumber())
                : Messages.text(locale, "arrival.desk.labelNamed", desk.getNumber(), desk.getName());
    }

    /**
     * The transfer targets at a point, as value ("ANY", "DESK:id", "AGENCY:code", "CLERK:id") and label: back to the
     * queue first, then the other desks, the agencies that have a specialist desk, and the other clerks.
     */
    public static List<Map.Entry<String, String>> transferTargets(
            Locale locale, Desk mine, List<Desk> desks, List<StaffUser> clerks, String myUsername) {
        List<Map.Entry<String, String>> targets = new ArrayList<>();
        targets.add(Map.entry("ANY", Messages.text(locale, "arrival.transfer.backToQueue")));
        for (Desk d : desks) {
            if (mine == null || !d.getId().equals(mine.getId())) {
                targets.add(Map.entry("DESK:" + d.getId(), label(locale, d)));
            }
        }
        desks.stream()
                .filter(d -> d.getAgency() != null)
                .map(Desk::getAgency)
                .distinct()
                .forEach(a -> targets.add(Map.entry(
                        "AGENCY:" + a.getCode(),
                        Messages.text(
                                locale,
                                "arrival.transfer.toSpecialist",
                                a.getName().in(locale)))));
        for (StaffUser clerk : clerks) {
            if (!clerk.getUsername().equals(myUsername)) {
                targets.add(Map.entry(
                        "CLERK:" + clerk.getId(),
                        Messages.text(locale, "arrival.transfer.toClerk", clerk.getDisplayName())));
            }
        }
        return targets;
    }
}
