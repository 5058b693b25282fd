package fi.asiointipiste.platform.security;

import fi.asiointipiste.platform.i18n.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Enrolling an authenticator app (second-factor.xhtml): during a sign-in whose role requires a second factor, or by
 * a signed-in user for themselves (a first app, or a new phone). The new secret stays in this view until the app's
 * code for it is confirmed; then it is stored encrypted and the one-time recovery codes are shown, once.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

    static final String ISSUER = "Asiointipiste";

    @Inject
    SignInSteps steps;

    @Inject
    StaffAccounts accounts;

    private String username;
    private byte[] secret;
    private String next;

    @Size(max = 20)
    private String code;

    private List<String> recoveryCodes = List.of();

    /** The page's view action: who enrols, and a new secret for them; without a sign-in, to the sign-in page. */
    public void load() throws IOException {
        if (username != null) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<String> enrolling = steps.enrollingUser((HttpServletRequest) external.getRequest());
        if (enrolling.isEmpty()) {
            external.redirect(external.getRequestContextPath() + StaffAuthentication.LOGIN_PAGE);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        username = enrolling.get();
        secret = Totp.newSecret();
    }

    public void confirm() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        SignInSteps.Enrolment enrolment = steps.enrol(request, secret, code == null ? "" : code.strip());
        code = null;
        switch (enrolment.outcome()) {
            case SIGNED_IN -> {
                recoveryCodes = enrolment.recoveryCodes();
                secret = null;
                Messages.info("secondFactor.enrolled");
            }
            case LOCKED -> Messages.errorOn("enrolForm:code", "secondFactor.locked");
            case EXPIRED -> Messages.error("login.secondFactor.expired");
            default -> Messages.errorOn("enrolForm:code", "secondFactor.wrongCode");
        }
    }

    /** The page to go to after enrolling: the one asked for at sign-in, or home. */
    public String getContinueTo() {
        SignInForm target = new SignInForm() {};
        target.setNext(next);
        return target.safeNext();
    }

    public boolean isEnrolled() {
        return !recoveryCodes.isEmpty();
    }

    /** Whether the account already has an app (then enrolling replaces it). */
    public boolean isReplacing() {
        return username != null && recoveryCodes.isEmpty() && accounts.hasSecondFactor(username);
    }

    public String getQrCode() {
        return secret == null ? null : QrImage.dataUri(Totp.otpauthUri(ISSUER, username, secret));
    }

    /** The secret for typing into the app by hand, in groups of four. */
    public String getSecretText() {
        return secret == null ? null : Base32.grouped(Base32.encode(secret));
    }

    public String getUsername() {
        return username;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
