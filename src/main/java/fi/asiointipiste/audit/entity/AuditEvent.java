package fi.asiointipiste.audit.entity;

import fi.asiointipiste.audit.control.AuditChain;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * Who did what and when, with the state before and after. Written once, never changed: each event is a link of a hash
 * chain ({@code audit.control.AuditChain}), and the application's database role may only insert and read the table.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.latest", query = "SELECT e FROM AuditEvent e ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(
        name = "AuditEvent.chainFrom",
        query = "SELECT e FROM AuditEvent e WHERE e.chainSeq >= :from ORDER BY e.chainSeq")
@NamedQuery(name = "AuditEvent.countUnchained", query = "SELECT COUNT(e) FROM AuditEvent e WHERE e.chainSeq IS NULL")
@NamedQuery(
        name = "AuditEvent.ofAction",
        query = "SELECT e FROM AuditEvent e WHERE e.action = :action ORDER BY e.occurredAt DESC, e.id DESC")
public class AuditEvent implements Serializable {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @NotNull
    @Column(name = "occurred_at")
    private LocalDateTime occurredAt;

    @NotBlank
    @Size(max = 60)
    private String actor;

    @NotBlank
    @Size(max = 60)
    private String action;

    @Size(max = 60)
    @Column(name = "entity_type")
    private String entityType;

    @Size(max = 60)
    @Column(name = "entity_id")
    private String entityId;

    @Size(max = 4000)
    @Column(name = "before_state")
    private String beforeState;

    @Size(max = 4000)
    @Column(name = "after_state")
    private String afterState;

    @Column(name = "chain_seq")
    private Long chainSeq;

    @Column(name = "previous_hash")
    private String previousHash;

    @Column(name = "event_hash")
    private String eventHash;

    protected AuditEvent() {}

    public AuditEvent(
            LocalDateTime occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            String beforeState,
            String afterState) {
        // Stored to the microsecond (both databases' TIMESTAMP): the hash covers the time as it is stored.
        this.occurredAt = occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.beforeState = clip(beforeState);
        this.afterState = clip(afterState);
    }

    /** Makes this event (with its id already assigned) the link after the given place and hash; returns its hash. */
    public String chain(long seq, String predecessorHash) {
        if (id == null || chainSeq != null) {
            throw new IllegalStateException("an event is chained once, after its id is assigned");
        }
        this.chainSeq = seq;
        this.previousHash = predecessorHash;
        this.eventHash = AuditChain.hash(
                seq, id, occurredAt, actor, action, entityType, entityId, beforeState, afterState, predecessorHash);
        return eventHash;
    }

    /** This event as a link of the chain (null place when it was written before the chain began). */
    public AuditChain.Link link() {
        return new AuditChain.Link(
                chainSeq == null ? -1 : chainSeq,
                id,
                occurredAt,
                actor,
                action,
                entityType,
                entityId,
                beforeState,
                afterState,
                previousHash,
                eventHash);
    }

    public Long getChainSeq() {
        return chainSeq;
    }

    public String getEventHash() {
        return eventHash;
    }

    private static String clip(String state) {
        return state == null || state.length() <= 4000 ? state : state.substring(0, 3997) + "...";
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }
}
