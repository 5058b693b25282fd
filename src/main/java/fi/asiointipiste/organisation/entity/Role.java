package fi.asiointipiste.organisation.entity;

/** What a staff user may do; each role is also a Jakarta Security group and a web.xml role. */
public enum Role {
    /** Front-desk clerk (palveluneuvoja), or an agency specialist when the user has an agency. */
    CLERK,
    /** Runs service points: statistics and a read-only view of the queues. */
    SUPERVISOR,
    /** Pilot coordinator: tunes the routing rules and the service catalogue. */
    COORDINATOR,
    /** Manages staff users, service points and kiosks. */
    ADMIN,
    /** A machine account of the metrics scraper: reads /metrics and /openapi in production, no page. */
    MONITOR
}
