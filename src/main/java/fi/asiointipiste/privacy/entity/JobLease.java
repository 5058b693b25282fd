package fi.asiointipiste.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The lease of a nightly job in a cluster: one row per job. A node takes it with one atomic update that matches only
 * an expired lease ({@code JobLease.take}); the database lets exactly one of several concurrent updates change the
 * row, so exactly one node runs the job. The lease is kept until it expires (not given back after the run), so a node
 * whose timer fires later the same night finds it taken and does nothing.
 */
@Entity
@Table(name = "job_lease")
@NamedQuery(
        name = "JobLease.take",
        query = "UPDATE JobLease l SET l.holder = :holder, l.takenAt = :now, l.until = :until"
                + " WHERE l.name = :name AND l.until < :now")
public class JobLease {

    @Id
    private String name;

    private String holder;

    @Column(name = "taken_at")
    private LocalDateTime takenAt;

    @Column(name = "lease_until")
    private LocalDateTime until;

    protected JobLease() {}

    public String getName() {
        return name;
    }

    public String getHolder() {
        return holder;
    }

    public LocalDateTime getTakenAt() {
        return takenAt;
    }

    public LocalDateTime getUntil() {
        return until;
    }
}
