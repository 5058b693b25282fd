package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.visits.entity.Handoff;
import fi.asiointipiste.visits.entity.HandoffMode;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** The hand-off part of the visit page: request a specialist for a task and follow its status (polled). */
@Named
@ViewScoped
public class HandoffBacking implements Serializable {

    @Inject
    Handoffs handoffs;

    @Inject
    Catalogue catalogue;

    @Inject
    SignedInStaff staff;

    @Inject
    VisitBacking visitBacking;

    private Long taskId;
    private String agencyCode;
    private HandoffMode mode = HandoffMode.ON_SITE;
    private LocalDateTime slotAt;
    private String roomOrDevice;
    private boolean interpreterBooked;
    private boolean clerkStays;
    private boolean customerConsents;
    private Long cancelId;
    private String cancelReason;

    /** Preselects the task and its involved agency. */
    public void prepare(VisitTask task) {
        taskId = task.getId();
        agencyCode = task.getInvolvedAgency() != null ? task.getInvolvedAgency().getCode()
                : task.getTask().getAgency().getCode();
    }

    public void request() {
        try {
            if (taskId == null) {
                throw new RefusedAction("frontDesk.task.notInVisit");
            }
            handoffs.request(actor(), visitBacking.getId(), taskId, agencyCode, mode, slotAt, roomOrDevice,
                    interpreterBooked, clerkStays, customerConsents);
            Messages.info("handoff.requested");
            taskId = null;
        } catch (RefusedAction refused) {
            Messages.error(refused.key());
        }
    }

    /** Cancels the chosen open hand-off with the clerk's reason. */
    public void cancel() {
        try {
            Handoff h = getOfVisit().stream().filter(x -> x.getId().equals(cancelId)).findFirst()
                    .orElseThrow(() -> new RefusedAction("handoff.chooseToCancel"));
            handoffs.cancel(actor(), h.getId(), h.getVersion(), cancelReason);
            Messages.info("handoff.cancelled");
            cancelId = null;
            cancelReason = null;
        } catch (RefusedAction refused) {
            Messages.error(refused.key());
        }
    }

    public List<Handoff> getCancellable() {
        return getOfVisit().stream().filter(Handoff::isCancellable).toList();
    }

    public Long getCancelId() {
        return cancelId;
    }

    public void setCancelId(Long cancelId) {
        this.cancelId = cancelId;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public List<Handoff> getOfVisit() {
        return visitBacking.getId() == null ? List.of() : handoffs.ofVisit(actor(), visitBacking.getId());
    }

    public List<Agency> getAgencies() {
        return catalogue.agencies();
    }

    public HandoffMode[] getModes() {
        return HandoffMode.values();
    }

    private StaffUser actor() {
        return staff.user().orElseThrow(() -> new RefusedAction("frontDesk.noPoints"));
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public HandoffMode getMode() {
        return mode;
    }

    public void setMode(HandoffMode mode) {
        this.mode = mode;
    }

    public LocalDateTime getSlotAt() {
        return slotAt;
    }

    public void setSlotAt(LocalDateTime slotAt) {
        this.slotAt = slotAt;
    }

    public String getRoomOrDevice() {
        return roomOrDevice;
    }

    public void setRoomOrDevice(String roomOrDevice) {
        this.roomOrDevice = roomOrDevice;
    }

    public boolean isInterpreterBooked() {
        return interpreterBooked;
    }

    public void setInterpreterBooked(boolean interpreterBooked) {
        this.interpreterBooked = interpreterBooked;
    }

    public boolean isClerkStays() {
        return clerkStays;
    }

    public void setClerkStays(boolean clerkStays) {
        this.clerkStays = clerkStays;
    }

    public boolean isCustomerConsents() {
        return customerConsents;
    }

    public void setCustomerConsents(boolean customerConsents) {
        this.customerConsents = customerConsents;
    }
}
