package fi.asiointipiste.platform.security;

import fi.asiointipiste.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sign-in and sign-out. After signing in the user returns to the page they asked for ({@link SignInForm}). */
@Named
@RequestScoped
public class LoginBacking extends SignInForm {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    public void signIn() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(getUsername().strip(), getPassword())));
        if (request.getAttribute(StaffAuthentication.DATABASE_UNAVAILABLE) instanceof RuntimeException outage) {
            throw outage; // answered with the "temporarily unavailable" page (DatabaseOutagePages)
        }
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            setPassword(null);
            Messages.error("login.failed");
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + StaffAuthentication.LOGIN_PAGE + "?signedOut=true");
    }
}
