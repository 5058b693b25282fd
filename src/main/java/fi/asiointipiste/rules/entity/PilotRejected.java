package fi.asiointipiste.rules.entity;

import fi.asiointipiste.platform.i18n.RefusedAction;

/** A pilot's definition breaks one of its rules (points, period, measures); nothing was saved. */
public class PilotRejected extends RefusedAction {

    public PilotRejected(String messageKey, String englishText) {
        super(messageKey, englishText);
    }

    /** The request could be read but not accepted: 422 Unprocessable Content. */
    @Override
    public int status() {
        return 422;
    }
}
