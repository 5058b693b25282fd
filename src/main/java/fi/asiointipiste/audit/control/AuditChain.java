package fi.asiointipiste.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The hash chain of the audit trail. Each event's hash is SHA-256 over its place in the chain, its fields exactly as
 * stored and its predecessor's hash; the first event's predecessor is {@link #GENESIS}. Changing, removing or
 * inserting an event anywhere breaks every later link, and {@link Verifier} names the first broken one.
 */
public final class AuditChain {

    /** The "hash" before the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** One event as stored: what its hash covers. */
    public record Link(
            long seq,
            long id,
            LocalDateTime occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            String before,
            String after,
            String previousHash,
            String hash) {}

    /** The hash of an event at place {@code seq} after the given predecessor hash. */
    public static String hash(
            long seq,
            long id,
            LocalDateTime occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            String before,
            String after,
            String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        for (String field : new String[] {
            Long.toString(seq),
            Long.toString(id),
            occurredAt.toString(),
            actor,
            action,
            entityType,
            entityId,
            before,
            after,
            previousHash
        }) {
            // Length-prefixed, so no two different events give the same text ("a|b" + "c" vs "a" + "b|c").
            canonical.append(field == null ? "-" : field.length() + ":" + field).append('|');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public static String hashOf(Link l) {
        return hash(
                l.seq(),
                l.id(),
                l.occurredAt(),
                l.actor(),
                l.action(),
                l.entityType(),
                l.entityId(),
                l.before(),
                l.after(),
                l.previousHash());
    }

    /** The first broken link: where (chain place, event id; null when the event is missing) and what is wrong. */
    public record Break(long seq, Long eventId, Problem problem) implements java.io.Serializable {}

    public enum Problem {
        /** A place in the chain has no event: it was deleted. */
        MISSING,
        /** The event's stored predecessor hash is not its predecessor's hash: an event before it was changed or removed. */
        PREDECESSOR,
        /** The event's fields do not give its stored hash: it was changed. */
        CHANGED,
        /** The head names a later place or another hash than the last event: the end of the chain was removed. */
        TAIL
    }

    /**
     * Walks the chain in order ({@link #next} once per event, ordered by place), then {@link #end} with the head. The
     * first break is kept; the rest of the walk only counts.
     */
    public static final class Verifier {
        private long expectedSeq = 1;
        private String previousHash = GENESIS;
        private long checked;
        private Break firstBreak;

        public void next(Link link) {
            checked++;
            if (firstBreak != null) {
                return;
            }
            if (link.seq() != expectedSeq) {
                firstBreak = new Break(expectedSeq, null, Problem.MISSING);
                return;
            }
            if (!Objects.equals(link.previousHash(), previousHash)) {
                firstBreak = new Break(link.seq(), link.id(), Problem.PREDECESSOR);
                return;
            }
            if (!hashOf(link).equals(link.hash())) {
                firstBreak = new Break(link.seq(), link.id(), Problem.CHANGED);
                return;
            }
            previousHash = link.hash();
            expectedSeq++;
        }

        /** The head's last place and hash: an end of the chain cut off shows here. */
        public void end(long headSeq, String headHash) {
            if (firstBreak == null && (headSeq != expectedSeq - 1 || !headHash.equals(previousHash))) {
                firstBreak = new Break(expectedSeq, null, headSeq >= expectedSeq ? Problem.MISSING : Problem.TAIL);
            }
        }

        public long checked() {
            return checked;
        }

        /** Null when the chain is whole. */
        public Break firstBreak() {
            return firstBreak;
        }
    }
}
