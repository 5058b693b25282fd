package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.organisation.entity.ApiToken;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The API token {@link ApiTokenIdentityStore} found active for this request, so {@link SignedInStaff} acts with it
 * instead of reading the token, its account and their roles and points from the database a second time (six queries
 * on every API call; found by the load run's profile, docs/operations.md). It lives for one request only: the next
 * request checks its token again.
 */
@RequestScoped
public class CheckedApiToken {

    private ApiToken token;

    void checked(ApiToken active) {
        this.token = active;
    }

    /** The token checked in this request if it is the one with this id. */
    Optional<ApiToken> withId(long id) {
        return token != null && token.getId() != null && token.getId() == id ? Optional.of(token) : Optional.empty();
    }
}
