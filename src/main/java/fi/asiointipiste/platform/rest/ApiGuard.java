package fi.asiointipiste.platform.rest;

import fi.asiointipiste.platform.errors.Causes;
import fi.asiointipiste.platform.persistence.DatabaseUnavailable;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every {@code /api} request passes before JAX-RS sees it, in this order:
 * <ol>
 * <li><b>Same origin</b> ({@link SameOrigin}): a state-changing call from another site's page is refused (403).</li>
 * <li><b>Body size</b>: a body larger than {@value #JSON_LIMIT} bytes (JSON and everything else) or
 * {@value #XML_LIMIT} bytes (a DMN document, XML) is refused with 413 before it is read whole: at once when
 * {@code Content-Length} says so, else as soon as the limit is passed.</li>
 * <li><b>Idempotency-Key</b> on a POST: the request runs in one transaction with its key; the first answer is kept with
 * the key and a fingerprint of the request (method, path, content type, body), committed together with the change,
 * and the client gets the answer only after that commit. The same key and request again get the kept answer
 * ({@code Idempotent-Replayed: true}), also after a restart or from another node; the same key with another request
 * gets 422. A refusal of the domain is kept too (nothing was changed); a failure of the server (5xx) is not, so a
 * retry runs the request again. A second request with a key whose first request still runs waits for it and then gets
 * its answer (409 if it took too long).</li>
 * </ol>
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiGuard extends HttpFilter {

    public static final int JSON_LIMIT = 64 * 1024;
    public static final int XML_LIMIT = 4 * 1024 * 1024;
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final int KEY_MAX = 200;

    /** Request attribute: the domain decided the request (a refusal to keep with its key). */
    static final String DECIDED = ApiGuard.class.getName() + ".decided";

    private static final Logger LOG = Logger.getLogger(ApiGuard.class.getName());
    private static final int ATTEMPTS = 4;

    @Resource
    UserTransaction transaction;

    @Inject
    IdempotencyStore store;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean sessionOnly = request.getHeader("Authorization") == null && request.getUserPrincipal() != null;
        if (!SameOrigin.allowed(
                request.getMethod(),
                sessionOnly,
                request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Origin"),
                request.getHeader("Host"))) {
            problem(request, 403, "api.crossSite").write(response);
            return;
        }
        if (!hasBody(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        int limit = limitFor(request.getContentType());
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response, limit);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            tooLarge(request, response, limit);
            return;
        }
        BufferedRequest buffered = new BufferedRequest(request, body);
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key == null || !"POST".equalsIgnoreCase(request.getMethod())) {
            chain.doFilter(buffered, response);
            return;
        }
        String k = unquoted(key);
        if (!validKey(k)) {
            problem(request, 400, "api.idempotency.badKey")
                    .withArguments(KEY_MAX)
                    .write(response);
            return;
        }
        idempotent(buffered, response, chain, caller(request), k, fingerprint(request, body));
    }

    private void idempotent(
            BufferedRequest request,
            HttpServletResponse response,
            FilterChain chain,
            String caller,
            String key,
            String fingerprint)
            throws IOException, ServletException {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            begin();
            IdempotentAnswer claimed;
            try {
                Optional<IdempotentAnswer> kept = store.find(caller, key);
                if (kept.isPresent()) {
                    commitQuietly();
                    if (kept.get().sameRequest(fingerprint)) {
                        CapturedResponse.replay(kept.get(), response);
                    } else {
                        problem(request, 422, "api.idempotency.reused").write(response);
                    }
                    return;
                }
                claimed = store.claim(caller, key, fingerprint);
            } catch (PersistenceException takenMeanwhile) {
                // another request with this key committed (or is committing) first: look again
                rollbackQuietly();
                pause(attempt);
                continue;
            } catch (RuntimeException failure) {
                rollbackQuietly();
                throw failure;
            }
            run(request, response, chain, caller, key, fingerprint, claimed);
            return;
        }
        problem(request, 409, "api.idempotency.inProgress").write(response);
    }

    private void run(
            BufferedRequest request,
            HttpServletResponse response,
            FilterChain chain,
            String caller,
            String key,
            String fingerprint,
            IdempotentAnswer claimed)
            throws IOException, ServletException {
        CapturedResponse captured = new CapturedResponse(response);
        try {
            chain.doFilter(request, captured);
        } catch (IOException | ServletException | RuntimeException failure) {
            rollbackQuietly();
            throw failure;
        }
        int status = captured.status();
        if (status / 100 == 2) {
            try {
                if (!active()) {
                    throw new IllegalStateException("the transaction of a successful answer was marked for rollback");
                }
                store.answered(claimed, captured);
                transaction.commit();
            } catch (Exception notCommitted) {
                rollbackQuietly();
                failedCommit(request, notCommitted).write(response);
                return;
            }
        } else {
            rollbackQuietly();
            if (status < 500 && Boolean.TRUE.equals(request.getAttribute(DECIDED))) {
                keepRefusal(caller, key, fingerprint, captured);
            }
        }
        captured.sendTo(response);
        if (store.purgeDue()) {
            LOG.fine(() -> "Deleted " + store.purgeExpired() + " expired idempotency keys");
        }
    }

    private void keepRefusal(String caller, String key, String fingerprint, CapturedResponse captured) {
        try {
            store.keepRefusal(caller, key, fingerprint, captured);
        } catch (RuntimeException concurrent) {
            LOG.log(Level.FINE, "Refusal not kept for an Idempotency-Key", concurrent);
        }
    }

    /** The transaction did not commit, so nothing the request did was kept: say why. */
    private Problem failedCommit(HttpServletRequest request, Exception failure) {
        if (DatabaseUnavailable.isCause(failure)) {
            DatabaseUnavailable.log("an API call", failure);
            return problem(request, 503, UnavailableProblem.CODE);
        }
        if (Causes.firstOf(failure, OptimisticLockException.class).isPresent()) {
            return request.getHeader("If-Match") != null
                    ? problem(request, 412, "api.precondition.stale")
                    : problem(request, 409, "general.conflict");
        }
        String id = java.util.UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected REST failure " + id + " at commit", failure);
        return problem(request, 500, "api.unexpected")
                .withArguments(id)
                .withProblems(java.util.List.of(java.util.Map.of("errorId", id)));
    }

    private static boolean hasBody(String method) {
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "POST", "PUT", "PATCH", "DELETE" -> true;
            default -> false;
        };
    }

    static int limitFor(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/xml") || type.startsWith("text/xml") ? XML_LIMIT : JSON_LIMIT;
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, int limit)
            throws IOException {
        response.setHeader("Connection", "close");
        problem(request, 413, "api.tooLarge").withArguments(limit).write(response);
    }

    static String unquoted(String key) {
        String k = key.strip();
        return k.length() >= 2 && k.startsWith("\"") && k.endsWith("\"") ? k.substring(1, k.length() - 1) : k;
    }

    /** 1 to {@value #KEY_MAX} visible ASCII characters (a UUID is the usual choice). */
    static boolean validKey(String key) {
        return !key.isEmpty() && key.length() <= KEY_MAX && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** Keys are the caller's own: a staff user or token's account, or a kiosk (by its credentials' hash). */
    static String caller(HttpServletRequest request) {
        if (request.getUserPrincipal() != null) {
            return "user:" + request.getUserPrincipal().getName();
        }
        String credentials = request.getHeader("Authorization");
        return "anonymous:"
                + sha256(credentials == null ? new byte[0] : credentials.getBytes(StandardCharsets.UTF_8))
                        .substring(0, 40);
    }

    static String fingerprint(HttpServletRequest request, byte[] body) {
        String query = request.getQueryString();
        String head = request.getMethod().toUpperCase(Locale.ROOT) + " " + request.getRequestURI()
                + (query == null ? "" : "?" + query) + "\n"
                + (request.getContentType() == null
                        ? ""
                        : request.getContentType().toLowerCase(Locale.ROOT)) + "\n";
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return sha256(all);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Problem problem(HttpServletRequest request, int status, String code) {
        return Problem.of(status, code, Problem.language(request), request.getRequestURI());
    }

    private void begin() throws ServletException {
        try {
            transaction.begin();
        } catch (Exception e) {
            throw new ServletException("cannot begin the transaction of an Idempotency-Key request", e);
        }
    }

    private boolean active() {
        try {
            return transaction.getStatus() == Status.STATUS_ACTIVE;
        } catch (SystemException e) {
            return false;
        }
    }

    private void commitQuietly() {
        try {
            transaction.commit();
        } catch (Exception readOnly) {
            rollbackQuietly();
        }
    }

    private void rollbackQuietly() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception ended) {
            LOG.log(Level.FINE, "rollback of an API transaction", ended);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
