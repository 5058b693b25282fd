package fi.asiointipiste.organisation.entity;

/** An account or service-point change the rules do not allow; nothing was changed. */
public class AccountRefused extends RuntimeException {

    private final String messageKey;

    public AccountRefused(String messageKey, String englishText) {
        super(englishText);
        this.messageKey = messageKey;
    }

    /** Resource-bundle key of the user's message. */
    public String messageKey() {
        return messageKey;
    }
}
