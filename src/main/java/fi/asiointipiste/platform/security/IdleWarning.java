package fi.asiointipiste.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the idle warning of the signed-in pages needs to know (WEB-INF/includes/idle-warning.xhtml). */
@Named
@ApplicationScoped
public class IdleWarning {

    @Inject
    SecuritySettings settings;

    /** Seconds from this page's request (which counted as activity) to the end of an idle session. */
    public int getTimeoutSeconds() {
        return settings.idleTimeoutSeconds();
    }

    /** Seconds before the end at which the warning opens: at least 60. */
    public int getWarningSeconds() {
        return settings.warningSeconds();
    }

    public String getStatusPath() {
        return IdleStatus.PATH;
    }

    public String getLoginPath() {
        return StaffAuthentication.LOGIN_PAGE;
    }
}
