package fi.asiointipiste.visits.entity;

/** How a REMOTE-channel visit was served: by phone, or by a video connection. */
public enum RemoteMeans {
    PHONE,
    VIDEO
}
