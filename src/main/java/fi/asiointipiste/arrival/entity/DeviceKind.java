package fi.asiointipiste.arrival.entity;

/** What a device token opens: the check-in terminal or the waiting-room display. */
public enum DeviceKind {
    TERMINAL,
    DISPLAY
}
