package fi.asiointipiste.platform.security;

import fi.asiointipiste.platform.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Every form of every page: a submitted value with a NUL character (U+0000) is refused before any value reaches a
 * bean. PostgreSQL cannot store a NUL in text (the request ended in a server error), and no text a person types
 * contains one. PrimeFaces' text inputs refuse it on their own field ({@code platform.web.TextInputs}); this covers
 * the plain Faces inputs and any other parameter (a forged request): the page is shown again with the translated
 * message and nothing of the form is applied. Registered in faces-config.xml.
 */
public class NulCharacters implements PhaseListener {

    private static final Logger LOG = Logger.getLogger(NulCharacters.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.APPLY_REQUEST_VALUES;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || !anyNul(faces.getExternalContext().getRequestParameterValuesMap())) {
            return;
        }
        LOG.fine("A form submission with a NUL character was refused");
        Messages.error("text.controlCharacters", Messages.KEY_ARGUMENT + "text.field");
        faces.renderResponse();
    }

    @Override
    public void afterPhase(PhaseEvent event) {}

    static boolean anyNul(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            if (p.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : p.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
