package fi.asiointipiste.platform.rest;

import fi.asiointipiste.platform.persistence.DatabaseUnavailable;
import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * REST errors as small JSON bodies. An unexpected failure is logged with an id and answered with that id
 * only: no stack trace, class name or server version reaches the client. A database outage is 503 with a problem
 * document ({@link UnavailableProblem}).
 */
@Provider
public class UnexpectedErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            Response original = web.getResponse();
            return Response.status(original.getStatus()).type(MediaType.APPLICATION_JSON)
                    .entity(Json.createObjectBuilder().add("status", original.getStatus()).build().toString())
                    .build();
        }
        if (DatabaseUnavailable.isCause(failure)) {
            DatabaseUnavailable.log("an API call", failure);
            return UnavailableProblem.of(headers == null ? List.of() : headers.getAcceptableLanguages()).response();
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected REST failure " + id, failure);
        return Response.serverError().type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("status", 500).add("errorId", id).build().toString())
                .build();
    }
}
