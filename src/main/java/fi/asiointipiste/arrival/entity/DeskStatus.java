package fi.asiointipiste.arrival.entity;

/** A desk's state: nobody signed in (CLOSED), serving customers, on a pause, or away. Only a SERVING desk calls. */
public enum DeskStatus {
    CLOSED,
    SERVING,
    PAUSE,
    AWAY
}
