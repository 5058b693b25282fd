package fi.asiointipiste.rules.entity;

import fi.asiointipiste.platform.i18n.RefusedAction;

/** A rule set was asked to change in a way its status does not allow (e.g. editing a published set). */
public class RuleSetNotEditable extends RefusedAction {

    public RuleSetNotEditable(String messageKey, String englishText) {
        super(messageKey, englishText);
    }

    /** Resource-bundle key of the user's message (same as {@link #key()}). */
    public String messageKey() {
        return key();
    }
}
