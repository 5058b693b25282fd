package fi.asiointipiste.rules.entity;

/** A rule set was asked to change in a way its status does not allow (e.g. editing a published set). */
public class RuleSetNotEditable extends RuntimeException {

    private final String messageKey;

    public RuleSetNotEditable(String messageKey, String englishText) {
        super(englishText);
        this.messageKey = messageKey;
    }

    /** Resource-bundle key of the user's message. */
    public String messageKey() {
        return messageKey;
    }
}
