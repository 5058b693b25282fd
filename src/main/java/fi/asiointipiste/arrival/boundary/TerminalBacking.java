package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.WaitEstimate;
import fi.asiointipiste.arrival.entity.DeviceKind;
import fi.asiointipiste.arrival.entity.Ticket;
import fi.asiointipiste.arrival.entity.TicketErrand;
import fi.asiointipiste.catalogue.entity.ServiceDescription;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.routing.entity.SupportLevel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The check-in terminal (arrival/terminal.xhtml?token=…): no sign-in, bound to a point by its device token. The
 * customer chooses a language, their errands (or "help me"), optionally gives an appointment code, asks for an
 * interpreter and answers the e-identification question, and takes a ticket; self-service errands are then offered
 * with their guidance and "I want help anyway". The page starts over by itself after a minute without a touch.
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
    private final List<String> chosen = new ArrayList<>();
    private boolean helpMe;
    private boolean interpreter;
    private String eid;
    private String appointmentCode;
    private Long ticketId;
    private String spriteUrl;
    private transient Object readFor;
    private transient Ticket ticket;
    private transient WaitEstimate.Range estimate;

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
        return Locale.forLanguageTag(language == null ? "fi" : language);
    }

    public String getHtmlLanguage() {
        return language == null ? "fi" : language;
    }

    public List<ServiceTask> getErrands() {
        return checkIn.errands();
    }

    /** The address of the errand's pictogram in the pictogram sprite. */
    public String pictogramHref(ServiceTask task) {
        if (spriteUrl == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            spriteUrl = faces.getApplication()
                    .getResourceHandler()
                    .createResource("images/pictograms.svg")
                    .getRequestPath();
        }
        return spriteUrl + "#" + Pictograms.of(task.getCode(), task.getAgency().getCode());
    }

    /** The chosen errands' codes, comma-separated: the hidden field the errand buttons fill in. */
    public String getChosenCodes() {
        return String.join(",", chosen);
    }

    public void setChosenCodes(String codes) {
        chosen.clear();
        if (codes != null) {
            for (String code : codes.split(",")) {
                if (!code.isBlank() && !chosen.contains(code.strip())) {
                    chosen.add(code.strip());
                }
            }
        }
    }

    /** The chosen errands, in the order chosen. */
    public List<ServiceTask> getChosenTasks() {
        List<ServiceTask> all = getErrands();
        return chosen.stream()
                .flatMap(code -> all.stream().filter(t -> t.getCode().equals(code)))
                .toList();
    }

    public String name(ServiceTask task) {
        return task.getName().in(getLocale());
    }

    public boolean isChosen(ServiceTask task) {
        return chosen.contains(task.getCode());
    }

    public void toggle(ServiceTask task) {
        if (!chosen.remove(task.getCode())) {
            chosen.add(task.getCode());
        }
    }

    public void next() {
        if (chosen.isEmpty()) {
            Messages.error("arrival.terminal.errandRequired");
            return;
        }
        helpMe = false;
        step = Step.DETAILS;
    }

    /** "I don't know — help me": no errand, straight to the details. */
    public void helpMe() {
        chosen.clear();
        helpMe = true;
        step = Step.DETAILS;
    }

    public void back() {
        step = step == Step.DETAILS ? Step.ERRANDS : Step.LANGUAGE;
    }

    public void take() {
        Boolean strongEid = "yes".equals(eid) ? Boolean.TRUE : "no".equals(eid) ? Boolean.FALSE : null;
        Ticket issued = checkIn.issue(
                token, new CheckInRequest(language, chosen, helpMe, interpreter, strongEid, appointmentCode));
        ticketId = issued.getId();
        readFor = null;
        step = Step.TICKET;
    }

    public void helpAnyway(TicketErrand errand) {
        checkIn.helpAnyway(token, ticketId, errand.getId());
        readFor = null;
    }

    public void doItMyself(TicketErrand errand) {
        checkIn.doItMyself(token, ticketId, errand.getId());
        readFor = null;
    }

    /** Starts over for the next customer: a fresh page in the terminal's address. */
    public void startOver() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/arrival/terminal.xhtml?token=" + token);
    }

    public Ticket getTicket() {
        readOncePerRequest();
        return ticket;
    }

    public WaitEstimate.Range getEstimate() {
        readOncePerRequest();
        return estimate;
    }

    /** How many tickets the desks call before this one now. */
    public int getAhead() {
        Ticket t = getTicket();
        return t == null ? 0 : checkIn.ahead(token, t.getId());
    }

    private void readOncePerRequest() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (readFor != request) {
            readFor = request;
            ticket = ticketId == null ? null : checkIn.ticket(token, ticketId);
            estimate = ticketId == null ? null : checkIn.estimate(token, ticketId);
        }
    }

    /** The self-service guidance of an errand in the customer's language. */
    public ServiceDescription guidance(TicketErrand errand) {
        return errand.getTask().descriptionFor(SupportLevel.SELF_SERVICE);
    }

    public String text(fi.asiointipiste.platform.i18n.LocalizedText text) {
        return text == null ? "" : text.in(getLocale());
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

    public boolean isHelpMe() {
        return helpMe;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public boolean isInterpreter() {
        return interpreter;
    }

    public void setInterpreter(boolean interpreter) {
        this.interpreter = interpreter;
    }

    public String getEid() {
        return eid;
    }

    public void setEid(String eid) {
        this.eid = eid;
    }

    public String getAppointmentCode() {
        return appointmentCode;
    }

    public void setAppointmentCode(String appointmentCode) {
        this.appointmentCode = appointmentCode;
    }
}
