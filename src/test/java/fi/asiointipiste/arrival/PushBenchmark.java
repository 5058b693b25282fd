package fi.asiointipiste.arrival;

import fi.asiointipiste.it.StaffClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Push benchmarks against a running demo server (not a test; figures in docs/user-guide/front-desk.md, "Arrival").
 *
 * <ul>
 *   <li>{@code latency}: 20 desks (20 signed-in queue pages of Pielavesi, each with its push socket) and 5
 *   waiting-room displays are connected; one of the desks calls tickets (call next, call again four times, back to the
 *   queue; 20 rounds = 100 calls) by the same form posts its page makes. For every call, the time from sending the
 *   click's request to each socket's receipt of the new board is measured.</li>
 *   <li>{@code idle}: needs a server started with a 1-minute idle timeout
 *   ({@code ASIOINTIPISTE_SESSION_TIMEOUT_MINUTES=1}). A clerk opens the queue page and then does nothing while
 *   another desk keeps calling every 10 seconds; the idle clerk's socket receives the pushes, closes when the session
 *   ends, and the next request of that session finds it gone (redirect to the sign-in page).</li>
 * </ul>
 * Run: {@code java -cp target/classes:target/test-classes fi.asiointipiste.arrival.PushBenchmark latency http://127.0.0.1:8827/}.
 */
public final class PushBenchmark {

    /** The page's board socket (platform.push): the desks' board on the queue page, the public board on a display. */
    private static final Pattern PUSH_URL = Pattern.compile("data-push=\"([^\"]*/push/(?:desks|display)/[^\"]+)\"");

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final String TERMINAL = "demo-terminal-pielavesi-asiointipiste";
    private static final String DISPLAY = "demo-display-pielavesi-asiointipiste";

    private PushBenchmark() {}

    /** A socket that notes when the next message after a mark arrives. */
    static final class Socket implements WebSocket.Listener {
        final String name;
        final AtomicLong since = new AtomicLong(Long.MAX_VALUE);
        final AtomicLong receivedAt = new AtomicLong(0);
        volatile CountDownLatch latch;
        volatile int messages;
        volatile Integer closeCode;
        volatile long closedAt;
        private final StringBuilder partial = new StringBuilder();

        Socket(String name) {
            this.name = name;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long now = System.nanoTime();
                messages++;
                partial.setLength(0);
                if (now >= since.get() && receivedAt.compareAndSet(0, now) && latch != null) {
                    latch.countDown();
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closeCode = statusCode;
            closedAt = System.nanoTime();
            return null;
        }

        void mark(long at, CountDownLatch l) {
            receivedAt.set(0);
            latch = l;
            since.set(at);
        }
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "latency";
        URI base = URI.create(args.length > 1 ? args[1] : "http://127.0.0.1:8827/");
        if (mode.equals("idle")) {
            idle(base);
        } else {
            latency(base, args.length > 2 ? Integer.parseInt(args[2]) : 20);
        }
    }

    private static void latency(URI base, int rounds) throws Exception {
        StaffClient caller = new StaffClient(base);
        caller.signIn("clerk", "asiointipiste");
        String point = pielavesi(caller);
        ensureWaiting(base, 3);
        Desk desk = new Desk(caller, point);
        desk.signIn("Työpiste 2");

        List<Socket> sockets = new ArrayList<>();
        sockets.add(connect(caller, desk.page, "desk-1"));
        for (int i = 2; i <= 20; i++) {
            StaffClient other = new StaffClient(base);
            other.signIn(i % 2 == 0 ? "kela" : "te.palvelut", "asiointipiste");
            sockets.add(connect(
                    other, other.open("front-desk/index.xhtml?point=" + point).body(), "desk-" + i));
        }
        for (int i = 1; i <= 5; i++) {
            StaffClient screen = new StaffClient(base);
            sockets.add(connect(
                    screen,
                    screen.open("arrival/display.xhtml?token=" + DISPLAY).body(),
                    "display-" + i));
        }
        Thread.sleep(1000); // each socket's first message (the current board) has arrived
        List<Double> desks = new ArrayList<>();
        List<Double> displays = new ArrayList<>();
        List<Double> requests = new ArrayList<>();
        int missed = 0;
        for (int round = 0; round < rounds; round++) {
            for (int call = 0; call < 5; call++) {
                CountDownLatch latch = new CountDownLatch(sockets.size());
                long t0 = System.nanoTime();
                sockets.forEach(s -> s.mark(t0, latch));
                HttpResponse<String> response = call == 0 ? desk.ajax("callNext") : desk.ajax("callAgain");
                requests.add((System.nanoTime() - t0) / 1e6);
                if (!response.body().contains("<partial-response")) {
                    throw new IllegalStateException("the call was not answered as an ajax update: " + response.body());
                }
                if (!latch.await(5, TimeUnit.SECONDS)) {
                    missed += (int) latch.getCount();
                }
                for (Socket s : sockets) {
                    if (s.receivedAt.get() != 0) {
                        (s.name.startsWith("desk") ? desks : displays).add((s.receivedAt.get() - t0) / 1e6);
                    }
                }
                Thread.sleep(150);
            }
            CountDownLatch settle = new CountDownLatch(sockets.size());
            sockets.forEach(s -> s.mark(System.nanoTime(), settle));
            desk.transferBackToQueue();
            settle.await(5, TimeUnit.SECONDS);
            Thread.sleep(150);
        }
        System.out.printf(
                "Push latency: %d calls, %d desk sockets, %d display sockets; %d deliveries missed (5 s)%n",
                rounds * 5, 20, 5, missed);
        System.out.println("  the call's own request (click to ajax answer): " + stats(requests));
        System.out.println("  to the other desks' queue pages:               " + stats(desks));
        System.out.println("  to the waiting-room displays:                  " + stats(displays));
        List<Double> all = new ArrayList<>(desks);
        all.addAll(displays);
        System.out.println("  all deliveries:                                " + stats(all));
    }

    private static void idle(URI base) throws Exception {
        StaffClient caller = new StaffClient(base);
        caller.signIn("clerk", "asiointipiste");
        String point = pielavesi(caller);
        ensureWaiting(base, 2);
        Desk desk = new Desk(caller, point);
        desk.signIn("Työpiste 2");
        desk.ajax("callNext");

        StaffClient idle = new StaffClient(base);
        idle.signIn("kela", "asiointipiste");
        Socket socket =
                connect(idle, idle.open("front-desk/index.xhtml?point=" + point).body(), "idle clerk");
        long opened = System.nanoTime();
        int before = -1;
        for (int i = 0; i < 16 && socket.closeCode == null; i++) {
            Thread.sleep(10_000);
            desk.ajax("callAgain");
            System.out.printf(
                    "  %3d s: the idle clerk's socket has received %d pushes%s%n",
                    (System.nanoTime() - opened) / 1_000_000_000,
                    socket.messages,
                    socket.closeCode == null ? "" : ", closed with " + socket.closeCode);
            before = socket.messages;
        }
        HttpResponse<String> after = idle.get("front-desk/index.xhtml?point=" + point);
        System.out.printf(
                "Idle session: socket closed %s after it opened (code %s); %d pushes received; the session's"
                        + " next request answers %d %s%n",
                socket.closeCode == null ? "never" : (socket.closedAt - opened) / 1_000_000_000 + " s",
                socket.closeCode,
                before,
                after.statusCode(),
                after.headers().firstValue("Location").orElse(""));
        desk.transferBackToQueue();
    }

    /** Makes sure at least the given number of tickets wait at Pielavesi (taken at the demo terminal). */
    private static void ensureWaiting(URI base, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            StaffClient customer = new StaffClient(base);
            String page = customer.open("arrival/terminal.xhtml?token=" + TERMINAL + "&lang=fi")
                    .body();
            Map<String, String> errands = new LinkedHashMap<>();
            errands.put("terminalForm", "terminalForm");
            errands.put("terminalForm:chosen", "TAX_RETURN");
            errands.put("terminalForm:next", "Seuraava");
            String details = new String(
                    customer.postForm("arrival/terminal.xhtml?token=" + TERMINAL + "&lang=fi", page, errands)
                            .body(),
                    StandardCharsets.UTF_8);
            Map<String, String> take = new LinkedHashMap<>();
            take.put("terminalForm", "terminalForm");
            take.put("terminalForm:eid", "no");
            take.put("terminalForm:appointmentCode", "");
            take.put("terminalForm:take", "Ota vuoronumero");
            String ticket = new String(
                    customer.postForm("arrival/terminal.xhtml?token=" + TERMINAL + "&lang=fi", details, take)
                            .body(),
                    StandardCharsets.UTF_8);
            if (!ticket.contains("ticketNumber")) {
                throw new IllegalStateException("no ticket from the terminal");
            }
        }
    }

    private static String pielavesi(StaffClient clerk) throws Exception {
        String page = clerk.open("front-desk/index.xhtml").body();
        Matcher m = Pattern.compile("href=\"[^\"]*point=(\\d+)[^\"]*\"[^>]*>Pielavesi<")
                .matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no link to Pielavesi on the queue page");
        }
        return m.group(1);
    }

    /** Opens the page's board socket with the page's session cookie and origin, as its script does. */
    private static Socket connect(StaffClient client, String page, String name) throws Exception {
        Matcher m = PUSH_URL.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no push socket on the page of " + name);
        }
        Socket socket = new Socket(name);
        client.socket(m.group(1), client.origin(), socket).get(10, TimeUnit.SECONDS);
        return socket;
    }

    private static String stats(List<Double> ms) {
        if (ms.isEmpty()) {
            return "none";
        }
        double[] s = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(
                "n=%d p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms",
                s.length,
                s[s.length / 2],
                s[(int) Math.ceil(s.length * 0.95) - 1],
                s[(int) Math.ceil(s.length * 0.99) - 1],
                s[s.length - 1]);
    }

    /** The caller's queue page: its view state and the desk form's PrimeFaces ajax posts. */
    private static final class Desk {
        final StaffClient client;
        final String path;
        String page;

        Desk(StaffClient client, String point) throws Exception {
            this.client = client;
            this.path = "front-desk/index.xhtml?point=" + point;
            this.page = client.open(path).body();
        }

        void signIn(String label) throws Exception {
            Matcher m = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(label))
                    .matcher(page);
            if (!m.find()) {
                if (page.contains("deskForm:callNext") || page.contains("deskForm:callAgain")) {
                    return;
                }
                throw new IllegalStateException("no desk " + label + " to sign in to");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("deskForm:chosenDesk", m.group(1));
            post("signIn", "deskForm", fields);
        }

        HttpResponse<String> ajax(String button) throws Exception {
            return post(button, "deskForm:" + button, Map.of());
        }

        void transferBackToQueue() throws Exception {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("deskForm:transferTarget", "ANY");
            post("transfer", "deskForm:transfer deskForm:transferErrands deskForm:transferTarget", fields);
        }

        private HttpResponse<String> post(String button, String execute, Map<String, String> fields) throws Exception {
            Matcher state = VIEW_STATE.matcher(page);
            if (!state.find()) {
                throw new IllegalStateException("no view state");
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("jakarta.faces.partial.ajax", "true");
            form.put("jakarta.faces.source", "deskForm:" + button);
            form.put("jakarta.faces.partial.execute", execute);
            form.put("jakarta.faces.partial.render", "deskForm");
            form.put("deskForm:" + button, "deskForm:" + button);
            form.put("deskForm", "deskForm");
            form.putAll(fields);
            form.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
            Matcher nonce = NONCE.matcher(page);
            if (nonce.find()) {
                form.put("primefaces.nonce", nonce.group(1)); // as PrimeFaces' script does (CSP mode)
            }
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return client.ajax(path, body.toString());
        }
    }

    static String join(double[] values) {
        return Arrays.toString(values);
    }
}
