package fi.asiointipiste.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** An HTTP client that behaves like a browser without JavaScript: keeps cookies and submits Faces forms. */
public final class StaffClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern HIDDEN_NEXT = Pattern.compile("<input type=\"hidden\" name=\"(loginForm:[^\"]+)\"");
    /** The page's CSP nonce: PrimeFaces' script adds it to every form it submits, and the server checks it. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public StaffClient(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Opens a push socket (an address such as {@code /push/queue/12}, as in a page's {@code data-push}) with this
     * client's cookies and the given Origin, as the page's script would; fails with the handshake's status if refused.
     */
    public CompletableFuture<WebSocket> socket(String address, String origin, WebSocket.Listener listener) {
        String scheme = base.getScheme().equals("https") ? "wss" : "ws";
        URI uri = URI.create(scheme + "://" + base.getRawAuthority() + address);
        WebSocket.Builder builder = http.newWebSocketBuilder();
        if (origin != null) {
            builder.header("Origin", origin);
        }
        return builder.buildAsync(uri, listener);
    }

    /** This client's own origin (scheme, host and port of the server). */
    public String origin() {
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    /** GET that follows redirects on this host, as a browser would. */
    public HttpResponse<String> open(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
            response =
                    get(location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()));
        }
        return response;
    }

    public HttpResponse<String> getWithBasic(String path, String user, String password)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve(path))
                                .header("Authorization", "Basic " + token)
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** A POST with this client's cookies and the given headers (e.g. Origin), as a page's script would send it. */
    public HttpResponse<String> post(String path, String contentType, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Fills in and submits the sign-in form; returns the response to the POST (a redirect on success). */
    public HttpResponse<String> signIn(String user, String password) throws IOException, InterruptedException {
        return signIn(user, password, null);
    }

    /** The same, with the page to return to afterwards ({@code ?next=} of the sign-in page), as typed. */
    public HttpResponse<String> signIn(String user, String password, String returnTo)
            throws IOException, InterruptedException {
        String page = get("login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        Matcher next = HIDDEN_NEXT.matcher(page);
        if (next.find()) {
            form.put(next.group(1), returnTo == null ? "" : returnTo);
        }
        form.put("loginForm:username", user);
        form.put("loginForm:password", password);
        form.put("loginForm:signIn", "");
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no view state on the sign-in page");
        }
        form.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        addNonce(page, form);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(base.resolve("login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Submits a Faces form of the given page with the page's view state plus the given fields; bytes back. */
    public HttpResponse<byte[]> postForm(String path, String page, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no view state on " + path);
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        addNonce(page, form);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends an already encoded Faces ajax form body (as PrimeFaces does) and returns the partial response. */
    public HttpResponse<String> ajax(String path, String encodedBody) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .POST(HttpRequest.BodyPublishers.ofString(encodedBody))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The current value of the session cookie, or null. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** A request as the pages' Ajax makes it (a poll, a button): a partial response comes back. */
    public HttpResponse<String> postPartial(String path, String page, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no view state on " + path);
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        addNonce(page, form);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Any request with this client's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public URI base() {
        return base;
    }

    private static void addNonce(String page, Map<String, String> form) {
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find() && !form.containsKey("primefaces.nonce")) {
            form.put("primefaces.nonce", nonce.group(1));
        }
    }
}
