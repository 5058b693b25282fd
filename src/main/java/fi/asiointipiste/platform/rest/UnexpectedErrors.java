package fi.asiointipiste.platform.rest;

import fi.asiointipiste.platform.persistence.DatabaseUnavailable;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else as a 500 problem. The failure is logged with an id and the client gets only that id (the member
 * {@code errorId}, also in the detail text): no stack trace, class name or server version reaches it. A database
 * outage is 503 with {@code Retry-After} ({@link UnavailableProblem}).
 */
@Provider
public class UnexpectedErrors extends ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        return answer(failure, this);
    }

    static Response answer(Throwable failure, ProblemMapper context) {
        if (DatabaseUnavailable.isCause(failure)) {
            DatabaseUnavailable.log("an API call", failure);
            return new UnavailableProblem(context.locale()).response();
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected REST failure " + id, failure);
        return context.problem(500, "api.unexpected")
                .withArguments(id)
                .withProblems(List.of(Map.of("errorId", id)))
                .response();
    }
}
