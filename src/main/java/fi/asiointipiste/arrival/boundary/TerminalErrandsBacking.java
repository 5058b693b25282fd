package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.boundary.TerminalBacking.Step;
import fi.asiointipiste.arrival.control.TerminalAnswers;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.platform.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The terminal's errand step: large pictogram buttons for the errands, or "I don't know — help me". */
@Named
@ViewScoped
public class TerminalErrandsBacking implements Serializable {

    @Inject
    TerminalBacking terminal;

    @Inject
    CheckIn checkIn;

    private final List<String> chosen = new ArrayList<>();
    private boolean helpMe;
    private String spriteUrl;

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
        chosen.addAll(TerminalAnswers.codes(codes));
    }

    /** The chosen errands, in the order chosen. */
    public List<ServiceTask> getChosenTasks() {
        List<ServiceTask> all = getErrands();
        return chosen.stream()
                .flatMap(code -> all.stream().filter(t -> t.getCode().equals(code)))
                .toList();
    }

    public boolean isChosen(ServiceTask task) {
        return chosen.contains(task.getCode());
    }

    public void next() {
        if (chosen.isEmpty()) {
            Messages.error("arrival.terminal.errandRequired");
            return;
        }
        helpMe = false;
        terminal.go(Step.DETAILS);
    }

    /** "I don't know — help me": no errand, straight to the details. */
    public void helpMe() {
        chosen.clear();
        helpMe = true;
        terminal.go(Step.DETAILS);
    }

    public boolean isHelpMe() {
        return helpMe;
    }

    List<String> chosen() {
        return List.copyOf(chosen);
    }
}
