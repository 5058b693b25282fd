package fi.asiointipiste.arrival.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The address of the client of the current Faces request: what the public booking's rate limit counts by. */
final class ClientAddress {

    private ClientAddress() {}

    static String now() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return ((HttpServletRequest) request).getRemoteAddr();
    }
}
