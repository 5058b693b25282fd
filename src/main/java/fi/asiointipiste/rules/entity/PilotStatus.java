package fi.asiointipiste.rules.entity;

/** Where a pilot stands on a given day: before its first day, within its period, or after its last day. */
public enum PilotStatus {
    PLANNED,
    RUNNING,
    FINISHED
}
