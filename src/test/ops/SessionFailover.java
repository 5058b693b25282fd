import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Node-loss proof for two Payara Micro nodes behind a load balancer (run by src/test/ops/two-nodes.sh; JDK only:
 * {@code java SessionFailover.java ...}). It signs in several clerks through the balancer, each sticky to one node,
 * switches every session to English (a session-scoped bean) and keeps one page's view state; then, while all sessions
 * keep working (the front desk page and {@code /api/me}, twice a second), it kills (SIGKILL) the node that served the
 * first session and checks that every session goes on, signed in, on the surviving node: the page still in English,
 * and a form posted with the view state that the dead node created is accepted there (Faces server-side state is
 * replicated with the session).
 *
 * <p>Every session also opens the push sockets its page opens (platform.push: the queue page's {@code /push/queue/…}
 * and the desks' board {@code /push/desks/…}), so that the proof covers sessions with live pages (the Faces websocket
 * they replaced put a Weld proxy into the session that the other node could not restore). Before the kill it checks
 * cluster-wide push: a walk-in posted through a session served by one node reaches the queue socket held on the other
 * node ({@code changed}). After the kill, the sockets of the lost node's sessions
 * are opened again through the balancer, admitted on the surviving node with the replicated session, and hear the
 * current board.
 *
 * <p>Arguments: {@code BALANCER_URL USER PASSWORD SESSIONS SECONDS_AFTER_KILL NODE=PID NODE=PID}, the node names as the
 * balancer reports them in {@code X-Served-By} (config/cluster/haproxy.cfg). Only loopback.
 * Exit status 0 when every check passed.
 */
public class SessionFailover {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /**
     * A link of the language switch. Its onclick names the command link's client id ({'languageForm:…'}): inline
     * without CSP; with PrimeFaces' CSP mode (on since the sign-in security work) the link gets a random id and the
     * onclick moves into a nonce'd script, PrimeFaces.csp.register('<id, dashes escaped>','onclick',…).
     */
    static final Pattern LANGUAGE_LINK = Pattern.compile("<a\\s[^>]*>");
    static final Pattern LINK_LANG = Pattern.compile("\\slang=\"(fi|sv|en)\"");
    static final Pattern LINK_ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    static final Pattern LINK_KEY = Pattern.compile("\\{'(languageForm:[^']+)'");
    /** The page's CSP nonce, which PrimeFaces' script adds to every form it posts (checked on the postback). */
    static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    static final Pattern HTML_LANG = Pattern.compile("<html[^>]*lang=\"([a-z]+)\"");

    final URI base;
    final String user;
    final String password;

    SessionFailover(URI base, String user, String password) {
        this.base = base;
        this.user = user;
        this.password = password;
    }

    /** One browser: its own cookies (the application's session and the balancer's node cookie). */
    final class Browser {
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(3)).build();
        String servedBy;
        String lastPage;

        HttpResponse<String> get(String path) throws Exception {
            return get(path, Duration.ofSeconds(10));
        }

        HttpResponse<String> get(String path, Duration timeout) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            servedBy = r.headers().firstValue("X-Served-By").orElse("?");
            return r;
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            return post(path, form, Duration.ofSeconds(10));
        }

        HttpResponse<String> post(String path, Map<String, String> form, Duration timeout) throws Exception {
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            servedBy = r.headers().firstValue("X-Served-By").orElse("?");
            return r;
        }

        /**
         * GET and follow redirects within the site; returns the final response. Set-up and the checks afterwards, not
         * the measured requests: a page may take long on a loaded machine (30 s, as the sign-in).
         */
        HttpResponse<String> open(String path) throws Exception {
            HttpResponse<String> r = get(path, Duration.ofSeconds(30));
            for (int i = 0; i < 5 && r.statusCode() / 100 == 3; i++) {
                r = get(URI.create(r.headers().firstValue("Location").orElseThrow()).getRawPath(), Duration.ofSeconds(30));
            }
            if (r.statusCode() == 200) {
                lastPage = r.body();
            }
            return r;
        }

        void signIn() throws Exception {
            HttpResponse<String> login = get("/login.xhtml", Duration.ofSeconds(30));
            Map<String, String> form = new LinkedHashMap<>();
            form.put("loginForm", "loginForm");
            form.put("loginForm:username", user);
            form.put("loginForm:password", password);
            form.put("loginForm:signIn", "");
            form.put("jakarta.faces.ViewState", first(VIEW_STATE, login.body()));
            // set-up, not measured: a sign-in (PBKDF2) may take long on a loaded machine (OutageProbe allows 30 s too)
            HttpResponse<String> r = post("/login.xhtml", form, Duration.ofSeconds(30));
            check(r.statusCode() == 302, "sign-in redirects (got " + r.statusCode() + ")");
        }

        final Map<String, Socket> sockets = new LinkedHashMap<>();

        /** Opens a push socket through the balancer with this browser's cookies and origin, as the page's script does. */
        Socket socket(String address) throws Exception {
            Socket listener = new Socket();
            URI uri = URI.create("ws://" + base.getRawAuthority() + address);
            http.newWebSocketBuilder().header("Origin", "http://" + base.getRawAuthority())
                    .buildAsync(uri, listener).get(15, TimeUnit.SECONDS);
            sockets.put(address, listener);
            return listener;
        }

        /** The page's push sockets (its data-push addresses: the queue page and the desks' board). */
        List<String> pushAddresses(String page) {
            List<String> found = new ArrayList<>();
            Matcher m = PUSH.matcher(page);
            while (m.find()) {
                found.add(m.group(1));
            }
            return found;
        }

        /** Posts the language switch of the last page loaded (with that page's view state). */
        HttpResponse<String> switchLanguage(String language, String page) throws Exception {
            Matcher m = LANGUAGE_LINK.matcher(page);
            String link = null;
            while (m.find()) {
                Matcher lang = LINK_LANG.matcher(m.group());
                if (!lang.find() || !lang.group(1).equals(language)) {
                    continue;
                }
                Matcher key = LINK_KEY.matcher(m.group());
                Matcher id = LINK_ID.matcher(m.group());
                if (key.find()) {
                    link = key.group(1);
                } else if (id.find()) {
                    int at = page.indexOf("'" + id.group(1).replace("-", "\\-") + "'");
                    Matcher registered = LINK_KEY.matcher(at < 0 ? "" : page.substring(at));
                    link = registered.find() ? registered.group(1) : null;
                }
            }
            check(link != null, "language link " + language + " on the page");
            Map<String, String> form = new LinkedHashMap<>();
            form.put("languageForm", "languageForm");
            form.put(link, link);
            form.put("jakarta.faces.ViewState", first(VIEW_STATE, page));
            Matcher nonce = CSP_NONCE.matcher(page);
            if (nonce.find()) {
                form.put("primefaces.nonce", nonce.group(1));
            }
            return post("/front-desk/index.xhtml", form, Duration.ofSeconds(30));
        }
    }

    static final Pattern PUSH = Pattern.compile("data-push=\"([^\"]+)\"");

    /** A push socket's messages and its close. */
    static final class Socket implements WebSocket.Listener {
        final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete(1006);
        }

        /** The next message that satisfies the test, within the time; null if none came. */
        String await(java.util.function.Predicate<String> test, Duration within) throws InterruptedException {
            long end = System.nanoTime() + within.toNanos();
            for (long left = within.toNanos(); left > 0; left = end - System.nanoTime()) {
                String m = messages.poll(left, TimeUnit.NANOSECONDS);
                if (m != null && test.test(m)) {
                    return m;
                }
            }
            return null;
        }
    }

    static final List<String> failures = new ArrayList<>();

    static void check(boolean ok, String what) {
        System.out.println((ok ? "PASS " : "FAIL ") + what);
        if (!ok) {
            failures.add(what);
        }
    }

    static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not on the page: " + p);
        }
        return m.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static boolean signedInPage(HttpResponse<String> r) {
        return r.statusCode() == 200 && r.body().contains("id=\"userForm\"") && !r.uri().getPath().startsWith("/login");
    }

    /**
     * Cluster-wide push: a walk-in posted (API, with the session and its origin) through a session on one node reaches
     * the queue socket of a session on the other node (a walk-in changes the visits, not the arrival boards).
     */
    static void clusterPush(SessionFailover proof, List<Browser> browsers) throws Exception {
        Browser poster = browsers.get(0);
        Browser listener = browsers.stream().filter(b -> !b.servedBy.equals(poster.servedBy)).findFirst().orElse(null);
        if (listener == null) {
            check(false, "sessions on both nodes for the cluster push check");
            return;
        }
        String queueAddress = listener.sockets.keySet().stream().filter(a -> a.contains("/push/queue/")).findFirst().orElseThrow();
        String point = queueAddress.substring(queueAddress.lastIndexOf('/') + 1);
        Socket queue = listener.sockets.get(queueAddress);
        queue.messages.clear();
        long t0 = System.nanoTime();
        HttpResponse<String> walkIn = poster.http.send(HttpRequest.newBuilder(proof.base.resolve("/api/visits"))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").header("Origin", "http://" + proof.base.getRawAuthority())
                .header("Idempotency-Key", "cluster-push-" + System.nanoTime())
                .POST(HttpRequest.BodyPublishers.ofString("{\"servicePointId\": " + point + "}")).build(), HttpResponse.BodyHandlers.ofString());
        String postedOn = walkIn.headers().firstValue("X-Served-By").orElse("?");
        check(walkIn.statusCode() == 201, "walk-in posted through a session on node " + postedOn + " (" + walkIn.statusCode() + ")");
        String changed = queue.await("changed"::equals, Duration.ofSeconds(10));
        double millis = (System.nanoTime() - t0) / 1e6;
        check(changed != null && !postedOn.equals(listener.servedBy), String.format(
                "cluster push: the queue socket on node %s heard \"changed\" of the walk-in posted on node %s (%s)",
                listener.servedBy, postedOn, changed == null ? "never" : String.format("%.0f ms", millis)));
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!"127.0.0.1".equals(base.getHost())) {
            throw new IllegalArgumentException("loopback only");
        }
        SessionFailover proof = new SessionFailover(base, args[1], args[2]);
        int sessions = Integer.parseInt(args[3]);
        int secondsAfterKill = Integer.parseInt(args[4]);
        Map<String, Long> pids = new ConcurrentHashMap<>();
        for (int i = 5; i < args.length; i++) {
            String[] kv = args[i].split("=");
            pids.put(kv[0], Long.parseLong(kv[1]));
        }

        List<Browser> browsers = new ArrayList<>();
        Map<String, AtomicInteger> perNode = new ConcurrentHashMap<>();
        for (int i = 0; i < sessions; i++) {
            Browser b = proof.new Browser();
            b.signIn();
            HttpResponse<String> desk = b.open("/front-desk/index.xhtml");
            check(signedInPage(desk), "session " + i + " signed in on node " + b.servedBy);
            HttpResponse<String> switched = b.switchLanguage("en", b.lastPage);
            check(switched.statusCode() == 302, "session " + i + " switched to English (" + switched.statusCode() + ")");
            HttpResponse<String> english = b.open("/front-desk/index.xhtml");
            check("en".equals(first(HTML_LANG, english.body())), "session " + i + " page in English on node " + b.servedBy);
            List<String> push = b.pushAddresses(english.body());
            check(push.stream().anyMatch(a -> a.contains("/push/queue/")) && push.stream().anyMatch(a -> a.contains("/push/desks/")),
                    "session " + i + " page has the queue and desks' board sockets " + push);
            for (String address : push) {
                b.socket(address);
            }
            String board = b.sockets.entrySet().stream().filter(e -> e.getKey().contains("/push/desks/")).findFirst()
                    .orElseThrow().getValue().await(m -> m.contains("\"type\":\"desks\""), Duration.ofSeconds(10));
            check(board != null, "session " + i + " push sockets open on node " + b.servedBy + ", desks' board heard");
            perNode.computeIfAbsent(b.servedBy, k -> new AtomicInteger()).incrementAndGet();
            browsers.add(b);
        }
        clusterPush(proof, browsers);
        System.out.println("sessions per node before the kill: " + perNode);
        String victim = browsers.get(0).servedBy;
        String survivor = pids.keySet().stream().filter(n -> !n.equals(victim)).findFirst().orElseThrow();
        // the view state each session's page had before the kill (for the post-back afterwards)
        List<String> pagesBefore = browsers.stream().map(b -> b.lastPage).toList();

        // all sessions keep loading the front desk page while the node dies
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong lostSignIn = new AtomicLong();
        AtomicLong maxMillis = new AtomicLong();
        AtomicLong killedAt = new AtomicLong();
        AtomicLong firstMovedOk = new AtomicLong(Long.MAX_VALUE);
        long end = System.nanoTime() + Duration.ofSeconds(secondsAfterKill + 5L).toNanos();
        List<Thread> pollers = new ArrayList<>();
        for (Browser b : browsers) {
            Thread t = new Thread(() -> {
                HttpClient shared = b.http; // the session's own cookies
                boolean movedSession = b.servedBy.equals(victim);
                int round = 0;
                while (System.nanoTime() < end) {
                    long begun = System.nanoTime();
                    // every 5th round the front desk page, else the session's own API view of the clerk: Faces keeps
                    // 15 views per session, so the page loads stay few enough to keep the pre-kill view for the post-back
                    boolean page = round++ % 5 == 0;
                    try {
                        HttpResponse<String> r = shared.send(HttpRequest.newBuilder(base.resolve(page ? "/front-desk/index.xhtml" : "/api/me"))
                                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                        boolean signedIn = page ? r.body().contains("id=\"userForm\"") : r.body().contains("\"username\":\"" + proof.user + "\"");
                        if (r.statusCode() == 200 && signedIn) {
                            ok.incrementAndGet();
                            long killed = killedAt.get();
                            if (movedSession && killed > 0 && begun > killed) {
                                firstMovedOk.accumulateAndGet(System.nanoTime() - killed, Math::min);
                            }
                        } else if (r.statusCode() == 401 || r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("/login")) {
                            lostSignIn.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    maxMillis.accumulateAndGet((System.nanoTime() - begun) / 1_000_000, Math::max);
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            t.start();
            pollers.add(t);
        }
        Thread.sleep(5000);
        killedAt.set(System.nanoTime());
        new ProcessBuilder("kill", "-9", String.valueOf(pids.get(victim))).inheritIO().start().waitFor();
        System.out.println("killed node " + victim + " (pid " + pids.get(victim) + ") with SIGKILL");
        for (Thread t : pollers) {
            t.join();
        }
        System.out.printf("requests (pages and /api/me) during the %d s around the kill: %d ok, %d failed, %d sent to sign-in, slowest %d ms%n",
                secondsAfterKill + 5, ok.get(), failed.get(), lostSignIn.get(), maxMillis.get());
        check(lostSignIn.get() == 0, "no session was sent back to sign-in");
        check(firstMovedOk.get() != Long.MAX_VALUE, firstMovedOk.get() == Long.MAX_VALUE
                ? "a session of node " + victim + " answered on node " + survivor + " after the kill (never)"
                : String.format("a session of node %s answered on node %s %.1f s after the kill", victim, survivor, firstMovedOk.get() / 1e9));

        for (int i = 0; i < browsers.size(); i++) {
            Browser b = browsers.get(i);
            if (b.servedBy.equals(victim)) {
                Integer code = b.sockets.values().iterator().next().closed.getNow(null);
                System.out.println("session " + i + ": its sockets on node " + victim + " ended with " + code);
                String desks = b.sockets.keySet().stream().filter(a -> a.contains("/push/desks/")).findFirst().orElseThrow();
                String again = b.socket(desks).await(m -> m.contains("\"type\":\"desks\""), Duration.ofSeconds(10));
                check(again != null, "session " + i + " opened its desks' board socket again after the kill and heard the board");
            }
            HttpResponse<String> after = b.open("/front-desk/index.xhtml");
            check(signedInPage(after) && survivor.equals(b.servedBy),
                    "session " + i + " still signed in, now on node " + b.servedBy);
            check("en".equals(first(HTML_LANG, after.body())), "session " + i + " still in English (session-scoped bean replicated)");
            HttpResponse<String> postBack = b.switchLanguage("sv", pagesBefore.get(i));
            String next = postBack.headers().firstValue("Location").orElse("");
            check(postBack.statusCode() == 302 && !next.contains("/login"), "session " + i
                    + " posted a form of a page rendered before the kill (" + postBack.statusCode() + " to " + next
                    + ", view state replicated)");
            HttpResponse<String> swedish = b.open("/front-desk/index.xhtml");
            check("sv".equals(first(HTML_LANG, swedish.body())), "session " + i + " now in Swedish on node " + b.servedBy);
        }
        System.out.println(failures.isEmpty() ? "RESULT PASS" : "RESULT FAIL " + failures);
        System.exit(failures.isEmpty() ? 0 : 1);
    }
}
