package fi.asiointipiste.arrival.control;

import fi.asiointipiste.routing.entity.RoutingFacts;

/**
 * The routing facts of an errand at the door, where nobody knows the customer yet. Documented in
 * docs/user-guide/front-desk.md ("Arrival: routing at the door").
 *
 * <p>Known at the door: the errand and its agency, the language the customer chose at the terminal, whether they
 * asked for an interpreter, and — if they answered — whether they can sign in with a strong e-identification
 * (online banking codes or a mobile certificate). Not known, so null: age, first visit, earlier visits. No personal
 * data is asked.
 *
 * <p>The profile is decided in two steps:
 * <ol>
 *   <li>First the facts go to the engine with the profile <b>not yet known</b> (null). A rule set that accepts an
 *   unknown profile (its profile column lists {@code null} among the allowed values, or lists none) decides here with
 *   its rules that leave the profile open or test it for null — for instance Kela's complex benefits (guided, Kela's
 *   specialist) or the Police, DVV and Tax errands without an e-identification. The seed rule set allows only the three
 *   workshop profiles, so with it this step always passes to the next.</li>
 *   <li>When the rule set refuses an unknown profile or no rule decides without one, the <b>door profile</b> is assumed: with an e-identification and no
 *   interpreter, Outi's SELF_DIRECTED — the only profile a rule can send to self-service, and only because the
 *   customer said they can sign in; otherwise Hilma's CONTACT_SEEKING — someone who came to talk to a person, which
 *   routes to a desk at the guided level or more. The assumed profile is stored with the errand's decision.</li>
 * </ol>
 * When the clerk later chooses the real profile on the visit page, the errand is routed again with everything the
 * desk then knows; the door decision only sorts the queue and the estimate.
 */
public final class DoorFacts {

    public static final String SELF_DIRECTED = "SELF_DIRECTED";
    public static final String CONTACT_SEEKING = "CONTACT_SEEKING";

    private DoorFacts() {}

    /**
     * @param profile   null for step 1, the door profile for step 2
     * @param strongEid the customer's answer, null when they did not answer
     */
    public static RoutingFacts of(
            String profile,
            String task,
            String taskAgency,
            String language,
            boolean needsInterpreter,
            Boolean strongEid) {
        return RoutingFacts.of(profile, task, taskAgency, strongEid, language, null, null, needsInterpreter, null);
    }

    /** The profile assumed when no rule decides without one (step 2 above). */
    public static String doorProfile(boolean needsInterpreter, Boolean strongEid) {
        return Boolean.TRUE.equals(strongEid) && !needsInterpreter ? SELF_DIRECTED : CONTACT_SEEKING;
    }
}
