package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.boundary.TerminalBacking.Step;
import fi.asiointipiste.arrival.control.TerminalAnswers;
import fi.asiointipiste.arrival.entity.Ticket;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The terminal's details step: e-identification, interpreter, appointment code, and taking the ticket. */
@Named
@ViewScoped
public class TerminalDetailsBacking implements Serializable {

    @Inject
    TerminalBacking terminal;

    @Inject
    TerminalErrandsBacking errands;

    @Inject
    TerminalTicketBacking ticket;

    @Inject
    CheckIn checkIn;

    private boolean interpreter;
    private String eid;
    private String appointmentCode;

    public void take() {
        Ticket issued = checkIn.issue(
                terminal.getToken(),
                new CheckInRequest(
                        terminal.getLanguage(),
                        errands.chosen(),
                        errands.isHelpMe(),
                        interpreter,
                        TerminalAnswers.strongEid(eid),
                        appointmentCode));
        ticket.show(issued.getId());
        terminal.go(Step.TICKET);
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
