package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.RefusedAction;

/**
 * A workbench request (simulation, override proposal) refused because of what was asked — a period that ends
 * before it starts, no service point, an unknown rule — rather than the state of things: 422 for REST callers.
 */
public class WorkbenchRefused extends RefusedAction {

    public WorkbenchRefused(String key, String englishText) {
        super(key, englishText);
    }

    @Override
    public int status() {
        return 422;
    }
}
