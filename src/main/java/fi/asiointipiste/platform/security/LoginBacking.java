package fi.asiointipiste.platform.security;

import fi.asiointipiste.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sign-in (password, then the second factor where the account has or needs one) and sign-out. After signing in the
 * user returns to the page they asked for ({@link SignInForm}).
 */
@Named
@RequestScoped
public class LoginBacking extends SignInForm {

    /** The page where an account that must use a second factor enrols an authenticator app. */
    public static final String ENROL_PAGE = "/second-factor.xhtml";

    @Inject
    SecurityContext security;

    @Inject
    SignInSteps steps;

    @Inject
    SecuritySettings settings;

    @Inject
    FacesContext faces;

    public void signIn() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(getUsername().strip(), getPassword())));
        if (request.getAttribute(StaffAuthentication.DATABASE_UNAVAILABLE) instanceof RuntimeException outage) {
            throw outage; // answered with the "temporarily unavailable" page (DatabaseOutagePages)
        }
        setPassword(null);
        after(StaffAuthentication.outcomeOf(request));
    }

    /** The second step: the code of the user's authenticator app, or one of their recovery codes. */
    public void verifyCode() throws IOException {
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        SignInSteps.Outcome outcome =
                steps.secondFactor(request, getCode() == null ? "" : getCode().strip());
        setCode(null);
        after(outcome);
    }

    /** Leaves a half-done sign-in and starts again. */
    public void cancel() throws IOException {
        ExternalContext external = faces.getExternalContext();
        steps.cancel((HttpServletRequest) external.getRequest());
        external.redirect(external.getRequestContextPath() + StaffAuthentication.LOGIN_PAGE);
    }

    private void after(SignInSteps.Outcome outcome) throws IOException {
        ExternalContext external = faces.getExternalContext();
        String context = external.getRequestContextPath();
        switch (outcome) {
            case SIGNED_IN -> redirect(context + safeNext());
            case SECOND_FACTOR -> redirect(context + StaffAuthentication.LOGIN_PAGE + nextQuery());
            case ENROL -> redirect(context + ENROL_PAGE + nextQuery());
            case LOCKED -> Messages.error("login.locked", settings.lockoutMinutes());
            case BUSY -> Messages.error("login.busy");
            case EXPIRED -> {
                Messages.error("login.secondFactor.expired");
                Messages.keepForRedirect();
                redirect(context + StaffAuthentication.LOGIN_PAGE + nextQuery());
            }
            default ->
                Messages.error(
                        steps.awaitsCode((HttpServletRequest) external.getRequest())
                                ? "login.secondFactor.failed"
                                : "login.failed");
        }
    }

    private void redirect(String target) throws IOException {
        faces.getExternalContext().redirect(target);
        faces.responseComplete();
    }

    private String nextQuery() {
        String next = safeNext();
        return "/index.xhtml".equals(next) ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    /** Whether the sign-in page asks for the second factor's code (the password was right). */
    public boolean isAwaitingCode() {
        return steps.awaitsCode((HttpServletRequest) faces.getExternalContext().getRequest());
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + StaffAuthentication.LOGIN_PAGE + "?signedOut=true");
    }
}
