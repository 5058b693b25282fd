package fi.asiointipiste.organisation.entity;

import fi.asiointipiste.platform.i18n.RefusedAction;

/** An account or service-point change the rules do not allow; nothing was changed. */
public class AccountRefused extends RefusedAction {

    public AccountRefused(String messageKey, String englishText) {
        super(messageKey, englishText);
    }

    /** Resource-bundle key of the user's message (same as {@link #key()}). */
    public String messageKey() {
        return key();
    }
}
