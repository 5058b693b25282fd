package fi.asiointipiste.visits.control;

/**
 * Suggests one of the three workshop profiles from the short intake questionnaire. The clerk confirms or
 * picks another card; the suggestion only saves a click when the answers are clear.
 *
 * <ul>
 *   <li>No strong e-ID or no use of online services, together with an interpreter need or no e-ID at all:
 *       Pera, MULTI_UNSKILLED (needs broad support).</li>
 *   <li>Strong e-ID, uses online services, no interpreter: Outi, SELF_DIRECTED.</li>
 *   <li>Otherwise (can manage but wants a person to talk to, e.g. a first visit): Hilma, CONTACT_SEEKING.</li>
 * </ul>
 */
public final class ProfileSuggestion {

    private ProfileSuggestion() {}

    /** The profile code to preselect, or null when nothing was answered. */
    public static String suggest(Boolean strongEid, Boolean usesOnline, Boolean needsInterpreter) {
        if (strongEid == null && usesOnline == null && needsInterpreter == null) {
            return null;
        }
        boolean eid = Boolean.TRUE.equals(strongEid);
        boolean online = Boolean.TRUE.equals(usesOnline);
        boolean interpreter = Boolean.TRUE.equals(needsInterpreter);
        if (!eid && (!online || interpreter) || interpreter && !online) {
            return "MULTI_UNSKILLED";
        }
        if (eid && online && !interpreter) {
            return "SELF_DIRECTED";
        }
        return "CONTACT_SEEKING";
    }
}
