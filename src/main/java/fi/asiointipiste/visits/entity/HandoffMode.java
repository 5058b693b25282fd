package fi.asiointipiste.visits.entity;

/** How an agency specialist takes part: at the service point, or over a remote video connection. */
public enum HandoffMode {
    ON_SITE,
    REMOTE_VIDEO
}
