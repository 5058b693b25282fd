package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.RefusedAction;

/** Someone signed in without the coordinator's role asked to change rules: 403, nothing changes. */
public class NotACoordinator extends RefusedAction {

    public NotACoordinator(String who) {
        super("rules.access.coordinatorOnly", who + " is not a coordinator");
    }

    @Override
    public int status() {
        return 403;
    }
}
