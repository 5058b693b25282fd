package fi.asiointipiste.platform.rest;

import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * REST errors as small JSON bodies. An unexpected failure is logged with an id and answered with that id
 * only: no stack trace, class name or server version reaches the client.
 */
@Provider
public class UnexpectedErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            Response original = web.getResponse();
            return Response.status(original.getStatus()).type(MediaType.APPLICATION_JSON)
                    .entity(Json.createObjectBuilder().add("status", original.getStatus()).build().toString())
                    .build();
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected REST failure " + id, failure);
        return Response.serverError().type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("status", 500).add("errorId", id).build().toString())
                .build();
    }
}
