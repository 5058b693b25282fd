package fi.asiointipiste.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The end of the audit chain: its last place and hash. One row; a writer locks it for the rest of its transaction, so
 * events are chained one after another also across server nodes (the database lock is shared).
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead implements Serializable {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_seq")
    private long lastSeq;

    @Column(name = "last_hash")
    private String lastHash;

    protected AuditChainHead() {}

    /** Appends the event after the current end. */
    public void append(AuditEvent event) {
        lastHash = event.chain(lastSeq + 1, lastHash);
        lastSeq++;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }
}
