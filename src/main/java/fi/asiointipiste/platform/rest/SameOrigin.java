package fi.asiointipiste.platform.rest;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The same-origin rule for state-changing API calls ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}): a
 * browser's request from another site is refused, so a page elsewhere cannot make a signed-in clerk's browser change
 * anything with the session cookie (or cached Basic credentials). Browsers say where a request comes from:
 * {@code Sec-Fetch-Site} (Fetch Metadata) must be {@code same-origin} (or {@code none}, typed by the user); without it,
 * {@code Origin} must name this server (the {@code Host} it was asked for). A call signed in by the session cookie
 * alone with neither header is refused too: it is not a browser we can trust. Machine clients send their own
 * credentials (API token, Basic) and neither header, and pass.
 */
public final class SameOrigin {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private SameOrigin() {}

    /**
     * @param sessionOnly the caller is known by the session cookie only (no Authorization header)
     * @param host        the request's Host header
     */
    public static boolean allowed(String method, boolean sessionOnly, String secFetchSite, String origin, String host) {
        if (SAFE.contains(method.toUpperCase(Locale.ROOT))) {
            return true;
        }
        if (secFetchSite != null) {
            String site = secFetchSite.strip().toLowerCase(Locale.ROOT);
            return site.equals("same-origin") || site.equals("none");
        }
        if (origin != null) {
            return sameAuthority(origin, host);
        }
        return !sessionOnly;
    }

    /** Whether {@code origin} (scheme, host, port) names the server that was asked for as {@code host}. */
    public static boolean sameAuthority(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI o = URI.create(origin.strip());
            if (o.getHost() == null || o.getScheme() == null) {
                return false;
            }
            int originPort = o.getPort() != -1 ? o.getPort() : defaultPort(o.getScheme());
            URI h = URI.create("http://" + host.strip());
            if (h.getHost() == null || !h.getHost().equalsIgnoreCase(o.getHost())) {
                return false;
            }
            return h.getPort() == -1 ? originPort == defaultPort(o.getScheme()) : h.getPort() == originPort;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
