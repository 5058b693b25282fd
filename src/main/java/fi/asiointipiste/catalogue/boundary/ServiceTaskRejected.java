package fi.asiointipiste.catalogue.boundary;

import fi.asiointipiste.platform.i18n.RefusedAction;

/**
 * An errand refused because of what was entered — a text missing in a language, an unknown agency, a bad web
 * address or code — rather than the state of things: 422 for REST callers (a stale version stays 409).
 */
public class ServiceTaskRejected extends RefusedAction {

    public ServiceTaskRejected(String key) {
        super(key);
    }

    @Override
    public int status() {
        return 422;
    }
}
