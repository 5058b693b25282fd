package fi.asiointipiste.platform.security;

import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The API token a machine client sends as {@code Authorization: Bearer <token>}. An identity store that knows tokens
 * validates it and names the token in the result's caller unique id; the request then carries that id as the
 * attribute {@link #TOKEN_ID}, so the application can keep the caller to the token's scope.
 */
public final class ApiTokenCredential implements Credential {

    /** Request attribute: the id (a Long) of the API token the request was signed in with. */
    public static final String TOKEN_ID = ApiTokenCredential.class.getName() + ".tokenId";

    private final String token;

    public ApiTokenCredential(String token) {
        this.token = token;
    }

    /** The token of an {@code Authorization: Bearer} header, or null for another scheme. */
    public static ApiTokenCredential ofHeader(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() ? null : new ApiTokenCredential(token);
    }

    /** The token id of a request signed in with an API token. */
    public static Optional<Long> tokenOf(HttpServletRequest request) {
        return request != null && request.getAttribute(TOKEN_ID) instanceof Long id
                ? Optional.of(id)
                : Optional.empty();
    }

    public String token() {
        return token;
    }

    @Override
    public void clear() {
        // the token is a String; nothing to wipe
    }

    @Override
    public String toString() {
        return "ApiTokenCredential[****]";
    }
}
