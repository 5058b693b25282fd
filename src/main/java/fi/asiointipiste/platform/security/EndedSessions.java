package fi.asiointipiste.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Why the sessions of this node ended by themselves in the last minutes, by session id. A page sends its requests
 * on its own as well (the queue's poll, the idle warning's status check): when one of them ends the session because
 * the account changed, the next one arrives with the same, now ended, session id — and must tell the page the same
 * reason instead of a plain "signed out", whichever of the two the page follows. Bounded in size and in time.
 */
@ApplicationScoped
public class EndedSessions {

    static final int MAX = 10_000;
    static final long KEPT_MILLIS = 120_000;

    private record Entry(String reason, long at) {}

    private final LinkedHashMap<String, Entry> ended = new LinkedHashMap<>();

    /** Remembers that the session ended for the reason (a sign-in page parameter: "ended", "timedOut"). */
    public synchronized void ended(String sessionId, String reason, long now) {
        if (sessionId == null) {
            return;
        }
        ended.remove(sessionId);
        ended.put(sessionId, new Entry(reason, now));
        forgetOld(now);
    }

    /** The reason the session the request names ended for, if it ended here within the last minutes. */
    public Optional<String> reasonOf(HttpServletRequest request) {
        return reasonOf(request.getRequestedSessionId(), System.currentTimeMillis());
    }

    /** The reason the session ended for, if it ended here within the last minutes. */
    public synchronized Optional<String> reasonOf(String sessionId, long now) {
        forgetOld(now);
        Entry entry = sessionId == null ? null : ended.get(sessionId);
        return Optional.ofNullable(entry).map(Entry::reason);
    }

    private void forgetOld(long now) {
        Iterator<Map.Entry<String, Entry>> oldest = ended.entrySet().iterator();
        while (oldest.hasNext()) {
            Map.Entry<String, Entry> e = oldest.next();
            if (ended.size() <= MAX && now - e.getValue().at() < KEPT_MILLIS) {
                return;
            }
            oldest.remove();
        }
    }
}
