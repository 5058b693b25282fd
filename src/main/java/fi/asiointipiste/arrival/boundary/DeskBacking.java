package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.Json;
import fi.asiointipiste.arrival.entity.Desk;
import fi.asiointipiste.arrival.entity.DeskStatus;
import fi.asiointipiste.arrival.entity.TargetKind;
import fi.asiointipiste.arrival.entity.Ticket;
import fi.asiointipiste.arrival.entity.TicketErrand;
import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.visits.entity.Visit;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clerk's desk on the queue page (front-desk/index.xhtml, WEB-INF/includes/arrival/desk.xhtml): sign in to a
 * desk of the point and set its status; call the next ticket or a chosen one, call again, mark a no-show, start
 * serving (the visit opens), or transfer the ticket; give a walk-in a ticket. The live list under it is drawn by
 * push from the desks' board ({@link Boards}).
 */
@Named
@ViewScoped
public class DeskBacking implements Serializable {

    @Inject
    Desks desks;

    @Inject
    Calling calling;

    @Inject
    CheckIn checkIn;

    @Inject
    Boards boards;

    @Inject
    Catalogue catalogue;

    @Inject
    SignedInStaff staff;

    @Inject
    LocaleSelection locale;

    private Long pointId;
    private boolean live;
    private Long chosenDeskId;
    private transient Object readFor;
    private transient Optional<Desk> desk;
    private transient Ticket current;
    private transient Object ticketReadFor;
    private transient Long ticketVisitId;
    private transient Ticket visitTicket;
    private List<Long> transferErrands = new ArrayList<>();
    private String transferTarget;

    /** f:viewAction after the day log resolved the point (the desk exists only on today's page of the point). */
    public void open(Long point, boolean isToday) {
        this.pointId = point;
        this.live = point != null && isToday;
    }

    public boolean isLive() {
        return live;
    }

    /** The desk I am signed in to at this point, if any (read once per request and after each action). */
    public Optional<Desk> myDesk() {
        readOncePerRequest();
        return desk;
    }

    private void readOncePerRequest() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (readFor != request) {
            readFor = request;
            desk = staff.isSignedIn()
                    ? desks.mine(staff.actor())
                            .filter(d -> d.getServicePoint().getId().equals(pointId))
                    : Optional.empty();
            current =
                    desk.flatMap(d -> calling.atDesk(staff.actor(), d.getId())).orElse(null);
        }
    }

    /** After an action the page shows the desk as it now is. */
    private void reread() {
        readFor = null;
    }

    public Desk getDesk() {
        return myDesk().orElse(null);
    }

    /** The desk I am signed in to at another of my points (signing in here leaves it). */
    public Desk getDeskElsewhere() {
        return staff.isSignedIn()
                ? desks.mine(staff.actor())
                        .filter(d -> !d.getServicePoint().getId().equals(pointId))
                        .orElse(null)
                : null;
    }

    public List<Desk> getDesks() {
        return pointId == null
                ? List.of()
                : desks.atPoint(staff.actor(), pointId).stream()
                        .filter(Desk::isActive)
                        .toList();
    }

    public Ticket getCurrent() {
        readOncePerRequest();
        return current;
    }

    public void signIn() {
        if (chosenDeskId == null) {
            throw new RefusedAction("arrival.desk.chooseOne");
        }
        Desk signedIn = desks.signIn(staff.actor(), chosenDeskId);
        reread();
        Messages.info("arrival.desk.signedIn", label(signedIn));
    }

    public void signOut() {
        myDesk().ifPresent(d -> desks.signOut(staff.actor(), d.getId()));
        reread();
    }

    public void status(String status) {
        myDesk().ifPresent(d -> desks.changeStatus(staff.actor(), d.getId(), DeskStatus.valueOf(status)));
        reread();
    }

    public void callNext() {
        Desk at = requireDesk();
        Optional<Ticket> called = calling.callNext(staff.actor(), at.getId());
        reread();
        if (called.isPresent()) {
            Messages.info("arrival.call.called", called.get().getLabel(), label(at));
        } else {
            Messages.info("arrival.call.nobody");
        }
    }

    /** Called from the live list's "Call" buttons (h:commandScript with the ticket's id). */
    public void callChosen() {
        Desk at = requireDesk();
        String id = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("ticket");
        long ticketId;
        try {
            ticketId = Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw new RefusedAction("arrival.ticket.notFound");
        }
        Ticket t = calling.call(staff.actor(), at.getId(), ticketId);
        reread();
        Messages.info("arrival.call.called", t.getLabel(), label(at));
    }

    public void callAgain() {
        Ticket t = requireCurrent();
        calling.callAgain(staff.actor(), requireDesk().getId(), t.getId());
        reread();
        Messages.info("arrival.call.calledAgain", t.getLabel());
    }

    public void noShow() {
        Ticket t = requireCurrent();
        calling.noShow(staff.actor(), requireDesk().getId(), t.getId());
        reread();
        Messages.info("arrival.call.noShowDone", t.getLabel());
    }

    /** The customer came: their visit opens at this clerk. */
    public String serve() {
        Ticket t = requireCurrent();
        Visit visit = calling.serve(staff.actor(), requireDesk().getId(), t.getId());
        return "/front-desk/visit?faces-redirect=true&id=" + visit.getId();
    }

    public void transfer() {
        Ticket t = requireCurrent();
        calling.transfer(staff.actor(), requireDesk().getId(), t.getId(), transferErrands, target(transferTarget));
        reread();
        Messages.info("arrival.transfer.done", t.getLabel());
        transferErrands = new ArrayList<>();
        transferTarget = null;
    }

    /** The chosen target: "ANY", "DESK:id", "CLERK:id" or "AGENCY:code". */
    static TransferTo target(String choice) {
        if (choice == null || choice.isBlank()) {
            throw new RefusedAction("arrival.transfer.targetRequired");
        }
        String[] parts = choice.split(":", 2);
        try {
            TargetKind kind = TargetKind.valueOf(parts[0]);
            return switch (kind) {
                case ANY -> new TransferTo(kind, null, null, null);
                case DESK -> new TransferTo(kind, Long.valueOf(parts[1]), null, null);
                case CLERK -> new TransferTo(kind, null, Long.valueOf(parts[1]), null);
                case AGENCY -> new TransferTo(kind, null, null, parts[1]);
            };
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new RefusedAction("arrival.transfer.targetRequired");
        }
    }

    /** A walk-in gets a ticket from the desk ("Add to queue"). */
    public void giveTicket() {
        Ticket t = checkIn.issueAtDesk(staff.actor(), pointId, locale.getLanguage());
        reread();
        Messages.info("arrival.ticket.given", t.getLabel());
    }

    /** The transfer targets at this point: back to the queue, the other desks, the agencies' desks, the clerks. */
    public List<Map.Entry<String, String>> getTargets() {
        List<Map.Entry<String, String>> targets = new ArrayList<>();
        targets.add(Map.entry("ANY", Messages.text(locale.getLocale(), "arrival.transfer.backToQueue")));
        Desk mine = getDesk();
        List<Desk> all = getDesks();
        for (Desk d : all) {
            if (mine == null || !d.getId().equals(mine.getId())) {
                targets.add(Map.entry("DESK:" + d.getId(), label(d)));
            }
        }
        all.stream()
                .filter(d -> d.getAgency() != null)
                .map(Desk::getAgency)
                .distinct()
                .forEach(a -> targets.add(Map.entry(
                        "AGENCY:" + a.getCode(),
                        Messages.text(
                                locale.getLocale(),
                                "arrival.transfer.toSpecialist",
                                a.getName().in(locale.getLocale())))));
        for (StaffUser clerk : calling.clerksAt(staff.actor(), pointId)) {
            if (!clerk.getUsername().equals(staff.getUsername())) {
                targets.add(Map.entry(
                        "CLERK:" + clerk.getId(),
                        Messages.text(locale.getLocale(), "arrival.transfer.toClerk", clerk.getDisplayName())));
            }
        }
        return targets;
    }

    /** "Työpiste 2" or "Työpiste 3 (Kela)". */
    public String label(Desk desk) {
        return desk.getName() == null
                ? Messages.text(locale.getLocale(), "arrival.desk.label", desk.getNumber())
                : Messages.text(locale.getLocale(), "arrival.desk.labelNamed", desk.getNumber(), desk.getName());
    }

    public String errandName(TicketErrand errand) {
        return errand.getTask().getName().in(locale.getLocale());
    }

    public int getNoShowAfterCalls() {
        return calling.noShowAfterCalls();
    }

    /** The desks' board for the live list before the first push. */
    public String getBoardJson() {
        return pointId == null || !live ? "{}" : boards.desksBoard(staff.actor(), pointId);
    }

    public String getLabelsJson() {
        return Json.of(BoardLabels.of(locale.getLocale(), catalogue.agencies(), catalogue.tasks()));
    }

    /** The ticket labels of the queue page's visits (old lists show a visit's ticket beside it). */
    public Map<Long, String> ticketsOf(Collection<Visit> visits) {
        return calling.ticketLabels(visits.stream().map(Visit::getId).toList());
    }

    /** The ticket of a visit (for the visit page), or null. */
    public Ticket ticketOf(Visit visit) {
        if (visit == null) {
            return null;
        }
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (ticketReadFor != request || !visit.getId().equals(ticketVisitId)) {
            ticketReadFor = request;
            ticketVisitId = visit.getId();
            visitTicket = calling.ticketOf(staff.actor(), visit.getId()).orElse(null);
        }
        return visitTicket;
    }

    /** The waiting visits that have no ticket (added before tickets existed or by another system). */
    public List<Visit> withoutTicket(List<Visit> visits) {
        Map<Long, String> tickets = ticketsOf(visits);
        return visits.stream().filter(v -> !tickets.containsKey(v.getId())).toList();
    }

    private Desk requireDesk() {
        return myDesk().orElseThrow(() -> new RefusedAction("arrival.desk.signInFirst"));
    }

    private Ticket requireCurrent() {
        Ticket t = getCurrent();
        if (t == null) {
            throw new RefusedAction("arrival.desk.noCustomer");
        }
        return t;
    }

    public Long getPointId() {
        return pointId;
    }

    public Long getChosenDeskId() {
        return chosenDeskId;
    }

    public void setChosenDeskId(Long chosenDeskId) {
        this.chosenDeskId = chosenDeskId;
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
