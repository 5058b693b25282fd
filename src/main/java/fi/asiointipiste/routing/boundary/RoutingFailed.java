package fi.asiointipiste.routing.boundary;

/** The engine could not recommend a level: no rule set applies, no rule matched, or the facts were refused. */
public class RoutingFailed extends RuntimeException {

    private final String code;

    public RoutingFailed(String code, String englishText) {
        super(englishText);
        this.code = code;
    }

    /** NO_RULE_SET, NO_MATCH, or the engine's error code (e.g. INPUT_NOT_ALLOWED). */
    public String code() {
        return code;
    }
}
