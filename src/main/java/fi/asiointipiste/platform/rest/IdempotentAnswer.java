package fi.asiointipiste.platform.rest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The first answer to one caller's {@code Idempotency-Key}: the request's fingerprint (method, path, content type and
 * body, SHA-256) and the response to give again (status, content type, location, ETag, body). Written in the
 * transaction of the request it answers, so it exists exactly when the request's change does.
 */
@Entity
@Table(name = "api_idempotency")
@NamedQuery(
        name = "IdempotentAnswer.of",
        query = "SELECT a FROM IdempotentAnswer a WHERE a.caller = :caller AND a.key = :key")
@NamedQuery(
        name = "IdempotentAnswer.deleteBefore",
        query = "DELETE FROM IdempotentAnswer a WHERE a.createdAt < :before")
public class IdempotentAnswer {

    /** The longest answer body kept; a longer one is kept without its body (none of the API's POSTs comes near). */
    public static final int BODY_MAX = 1_000_000;

    @Id
    @SequenceGenerator(name = "api_idempotency_seq", sequenceName = "api_idempotency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_idempotency_seq")
    private Long id;

    private String caller;

    @Column(name = "idem_key")
    private String key;

    private String fingerprint;

    /** 0 while the request runs (never seen by another transaction). */
    private int status;

    @Column(name = "content_type")
    private String contentType;

    private String location;

    private String etag;

    private String body;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected IdempotentAnswer() {}

    public IdempotentAnswer(String caller, String key, String fingerprint, LocalDateTime createdAt) {
        this.caller = caller;
        this.key = key;
        this.fingerprint = fingerprint;
        this.createdAt = createdAt;
    }

    void answered(int statusCode, String type, String locationHeader, String etagHeader, String text) {
        this.status = statusCode;
        this.contentType = type;
        this.location = locationHeader;
        this.etag = etagHeader;
        this.body = text;
    }

    public boolean sameRequest(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }

    public String getCaller() {
        return caller;
    }

    public String getKey() {
        return key;
    }

    public int getStatus() {
        return status;
    }

    public String getContentType() {
        return contentType;
    }

    public String getLocation() {
        return location;
    }

    public String getEtag() {
        return etag;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
