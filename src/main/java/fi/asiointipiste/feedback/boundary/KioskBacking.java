package fi.asiointipiste.feedback.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The public feedback kiosk (kiosk/index.xhtml?token=…): no sign-in, bound to a point by its token. It polls
 * for the visit just closed at the point, asks the two questions, stores one answer and resets.
 */
@Named
@ViewScoped
public class KioskBacking implements Serializable {

    @Inject
    Kiosks kiosks;

    private String token;
    private boolean refused;
    private Long visitId;
    private Integer ces;
    private Integer nps;
    private String comment;
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
        } catch (RefusedAction r) {
            refused = true;
            visitId = null;
        }
    }

    public void send() {
        try {
            kiosks.answer(token, visitId == null ? -1 : visitId, ces, nps, comment);
            thanked = true;
            reset();
        } catch (RefusedAction r) {
            if ("kiosk.tokenRefused".equals(r.key())) {
                refused = true;
            }
            Messages.error(r.key());
        }
    }

    private void reset() {
        visitId = null;
        ces = null;
        nps = null;
        comment = null;
    }

    /** ui:repeat iterates lists, not primitive arrays. */
    public java.util.List<Integer> getCesSteps() {
        return java.util.List.of(1, 2, 3, 4, 5);
    }

    public java.util.List<Integer> getNpsSteps() {
        return java.util.stream.IntStream.rangeClosed(0, 10).boxed().toList();
    }

    public void chooseCes(Integer value) {
        ces = value;
    }

    public void chooseNps(Integer value) {
        nps = value;
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

    public Integer getCes() {
        return ces;
    }

    public Integer getNps() {
        return nps;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isThanked() {
        return thanked;
    }
}
