package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.entity.DeviceKind;
import fi.asiointipiste.arrival.entity.Ticket;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.platform.i18n.RefusedAction;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/**
 * The check-in terminal (arrival/terminal.xhtml?token=…): no sign-in, bound to a point by its device token. This bean
 * holds the terminal, its language and the step; the steps act through their own beans: errands
 * ({@link TerminalErrandsBacking}), details and taking the ticket ({@link TerminalDetailsBacking}) and the ticket with
 * its self-service guidance ({@link TerminalTicketBacking}). The page starts over by itself after a minute without a
 * touch.
 */
@Named
@ViewScoped
public class TerminalBacking implements Serializable {

    public enum Step {
        LANGUAGE,
        ERRANDS,
        DETAILS,
        TICKET
    }

    @Inject
    CheckIn checkIn;

    @Inject
    Boards boards;

    private String token;
    private String language;
    private boolean refused;
    private String pointName;
    private Step step = Step.LANGUAGE;

    /** f:viewAction: checks the token; a language in the address opens the errands. */
    public void open() {
        try {
            pointName = checkIn.point(token == null ? "" : token).getName();
        } catch (RefusedAction r) { // an unknown or revoked token shows the refusal instead of the terminal
            refused = true;
            return;
        }
        if (language != null && Ticket.LANGUAGES.contains(language)) {
            step = Step.ERRANDS;
        } else {
            language = null;
        }
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getHtmlLanguage());
    }

    public String getHtmlLanguage() {
        return language == null ? "fi" : language;
    }

    public String name(ServiceTask task) {
        return task.getName().in(getLocale());
    }

    public String text(LocalizedText text) {
        return text == null ? "" : text.in(getLocale());
    }

    void go(Step next) {
        step = next;
    }

    public void back() {
        step = step == Step.DETAILS ? Step.ERRANDS : Step.LANGUAGE;
    }

    /** Starts over for the next customer: a fresh page in the terminal's address. */
    public void startOver() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/arrival/terminal.xhtml?token=" + token);
    }

    /** The public board of the point, for the waiting panel before the first push. */
    public String getBoardJson() {
        return refused ? "{}" : boards.publicBoard(token, DeviceKind.TERMINAL);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isRefused() {
        return refused;
    }

    public String getPointName() {
        return pointName;
    }

    public Step getStep() {
        return step;
    }
}
