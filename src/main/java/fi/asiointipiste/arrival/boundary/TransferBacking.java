package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.DeskTexts;
import fi.asiointipiste.arrival.entity.Ticket;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The transfer section of the desk: send the called ticket, or some of its errands, elsewhere (place kept). */
@Named
@ViewScoped
public class TransferBacking implements Serializable {

    @Inject
    DeskBacking desk;

    @Inject
    Calling calling;

    @Inject
    SignedInStaff staff;

    @Inject
    LocaleSelection locale;

    private List<Long> transferErrands = new ArrayList<>();
    private String transferTarget;

    public void transfer() {
        Ticket t = desk.requireCurrent();
        calling.transfer(
                staff.actor(),
                desk.requireDesk().getId(),
                t.getId(),
                transferErrands,
                TransferTo.parse(transferTarget));
        desk.reread();
        Messages.info("arrival.transfer.done", t.getLabel());
        transferErrands = new ArrayList<>();
        transferTarget = null;
    }

    /** The transfer targets at this point: back to the queue, the other desks, the agencies' desks, the clerks. */
    public List<Map.Entry<String, String>> getTargets() {
        return DeskTexts.transferTargets(
                locale.getLocale(),
                desk.getDesk(),
                desk.getDesks(),
                calling.clerksAt(staff.actor(), desk.getPointId()),
                staff.getUsername());
    }

    public List<Long> getTransferErrands() {
        return transferErrands;
    }

    public void setTransferErrands(List<Long> transferErrands) {
        this.transferErrands = transferErrands == null ? new ArrayList<>() : transferErrands;
    }

    public String getTransferTarget() {
        return transferTarget;
    }

    public void setTransferTarget(String transferTarget) {
        this.transferTarget = transferTarget;
    }
}
