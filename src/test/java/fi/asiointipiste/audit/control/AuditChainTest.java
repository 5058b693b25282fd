package fi.asiointipiste.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.audit.control.AuditChain.Link;
import fi.asiointipiste.audit.control.AuditChain.Problem;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 5, 9, 30, 0, 123_456_000);

    /** A chain of n events as AuditLog writes them. */
    private static List<Link> chain(int n) {
        List<Link> links = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            long id = 100 + i * 50L;
            String hash = AuditChain.hash(
                    i,
                    id,
                    AT.plusSeconds(i),
                    "clerk" + i,
                    "CUSTOMER_OPENED",
                    "Customer",
                    String.valueOf(i),
                    null,
                    "visit " + i,
                    previous);
            links.add(new Link(
                    i,
                    id,
                    AT.plusSeconds(i),
                    "clerk" + i,
                    "CUSTOMER_OPENED",
                    "Customer",
                    String.valueOf(i),
                    null,
                    "visit " + i,
                    previous,
                    hash));
            previous = hash;
        }
        return links;
    }

    private static AuditChain.Break verify(List<Link> links, long headSeq, String headHash) {
        AuditChain.Verifier v = new AuditChain.Verifier();
        links.forEach(v::next);
        v.end(headSeq, headHash);
        assertThat(v.checked()).isEqualTo(links.size());
        return v.firstBreak();
    }

    @Test
    void aWholeChainHasNoBreak() {
        List<Link> links = chain(5);
        assertThat(verify(links, 5, links.get(4).hash())).isNull();
        assertThat(verify(List.of(), 0, AuditChain.GENESIS)).isNull();
    }

    @Test
    void aChangedFieldIsTheFirstBrokenLink() {
        List<Link> links = chain(5);
        Link l = links.get(2);
        links.set(
                2,
                new Link(
                        l.seq(),
                        l.id(),
                        l.occurredAt(),
                        "someone-else",
                        l.action(),
                        l.entityType(),
                        l.entityId(),
                        l.before(),
                        l.after(),
                        l.previousHash(),
                        l.hash()));
        assertThat(verify(links, 5, links.get(4).hash())).isEqualTo(new AuditChain.Break(3, l.id(), Problem.CHANGED));
    }

    @Test
    void aChangedTimeIsNoticed() {
        List<Link> links = chain(3);
        Link l = links.get(0);
        links.set(
                0,
                new Link(
                        l.seq(),
                        l.id(),
                        l.occurredAt().plusNanos(1000),
                        l.actor(),
                        l.action(),
                        l.entityType(),
                        l.entityId(),
                        l.before(),
                        l.after(),
                        l.previousHash(),
                        l.hash()));
        assertThat(verify(links, 3, links.get(2).hash()).problem()).isEqualTo(Problem.CHANGED);
    }

    @Test
    void aDeletedEventIsAMissingPlace() {
        List<Link> links = chain(5);
        links.remove(1);
        assertThat(verify(links, 5, chain(5).get(4).hash())).isEqualTo(new AuditChain.Break(2, null, Problem.MISSING));
    }

    @Test
    void anEventRewrittenWithAFreshHashBreaksTheNextLink() {
        List<Link> links = chain(4);
        Link l = links.get(1);
        String forged = AuditChain.hash(
                l.seq(),
                l.id(),
                l.occurredAt(),
                l.actor(),
                "NOTHING_HAPPENED",
                l.entityType(),
                l.entityId(),
                l.before(),
                l.after(),
                l.previousHash());
        links.set(
                1,
                new Link(
                        l.seq(),
                        l.id(),
                        l.occurredAt(),
                        l.actor(),
                        "NOTHING_HAPPENED",
                        l.entityType(),
                        l.entityId(),
                        l.before(),
                        l.after(),
                        l.previousHash(),
                        forged));
        assertThat(verify(links, 4, links.get(3).hash()))
                .isEqualTo(new AuditChain.Break(3, links.get(2).id(), Problem.PREDECESSOR));
    }

    @Test
    void aRemovedEndOfTheChainShowsAgainstTheHead() {
        List<Link> links = chain(5);
        String headHash = links.get(4).hash();
        assertThat(verify(links.subList(0, 3), 5, headHash)).isEqualTo(new AuditChain.Break(4, null, Problem.MISSING));
    }

    @Test
    void fieldsCannotBeShiftedBetweenColumns() {
        String a = AuditChain.hash(1, 1, AT, "ab", "c", null, null, null, null, AuditChain.GENESIS);
        String b = AuditChain.hash(1, 1, AT, "a", "bc", null, null, null, null, AuditChain.GENESIS);
        String c = AuditChain.hash(1, 1, AT, "a", "bc", "", null, null, null, AuditChain.GENESIS);
        String d = AuditChain.hash(1, 1, AT, "a", "bc", null, null, null, null, AuditChain.GENESIS);
        assertThat(a).isNotEqualTo(b).hasSize(64);
        assertThat(c).as("empty is not null").isNotEqualTo(d);
    }
}
