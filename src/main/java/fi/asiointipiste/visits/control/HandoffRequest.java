package fi.asiointipiste.visits.control;

import fi.asiointipiste.visits.entity.HandoffMode;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What the clerk enters to ask a specialist to join a task: the task, the agency, on site or by remote video, now
 * or at a slot, the room or device, an interpreter booked, and (remote only, with the customer's consent) whether
 * the clerk stays. A mutable form model; {@code Handoff.request} checks it.
 */
public class HandoffRequest implements Serializable {

    private Long taskId;
    private String agencyCode;
    private HandoffMode mode = HandoffMode.ON_SITE;
    private LocalDateTime slotAt;
    private String roomOrDevice;
    private boolean interpreterBooked;
    private boolean clerkStays;
    private boolean customerConsents;

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
