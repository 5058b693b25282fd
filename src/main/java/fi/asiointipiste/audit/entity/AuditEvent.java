package fi.asiointipiste.audit.entity;

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

/** Who did what and when, with the state before and after. Written once, never changed. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.latest", query = "SELECT e FROM AuditEvent e ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = "AuditEvent.ofAction",
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

    protected AuditEvent() {
    }

    public AuditEvent(LocalDateTime occurredAt, String actor, String action, String entityType, String entityId,
                      String beforeState, String afterState) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.beforeState = clip(beforeState);
        this.afterState = clip(afterState);
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
