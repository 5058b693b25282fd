package fi.asiointipiste.feedback.boundary;

import fi.asiointipiste.platform.i18n.RefusedAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The public feedback kiosk (kiosk/index.xhtml?token=…): no sign-in, bound to a point by its token. It polls
 * for the visit just closed at the point, asks the questions of {@link KioskAnswerForm}, stores one answer and
 * resets.
 */
@Named
@ViewScoped
public class KioskBacking extends KioskAnswerForm {

    @Inject
    Kiosks kiosks;

    private String token;
    private boolean refused;
    private Long visitId;
    private boolean thanked;

    /** f:viewAction and poll: checks the token and looks for a visit to ask about. */
    public void check() {
        try {
            kiosks.valid(token == null ? "" : token);
            if (visitId == null) {
                visitId = kiosks.visitToAsk(token).orElse(null);
                if (visitId != null) {
                    thanked = false;
                }
            }
        } catch (RefusedAction r) { // an unknown or revoked token shows the refusal instead of the questions
            refused = true;
            visitId = null;
        }
    }

    public void send() {
        try {
            kiosks.answer(token, visitId == null ? -1 : visitId, getCes(), getNps(), getComment());
        } catch (RefusedAction r) { // a token revoked meanwhile also hides the questions; RefusalMessages shows why
            refused = refused || "kiosk.tokenRefused".equals(r.key());
            throw r;
        }
        thanked = true;
        visitId = null;
        clear();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isRefused() {
        return refused;
    }

    public Long getVisitId() {
        return visitId;
    }

    public boolean isThanked() {
        return thanked;
    }
}
