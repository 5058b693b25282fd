package fi.asiointipiste.platform.web;

import fi.asiointipiste.platform.security.SecuritySettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * The container's own end of an unused session: a minute after the idle timeout of
 * {@code asiointipiste.session.timeout-minutes} (30 by default). A signed-in session ends at the idle timeout itself,
 * checked by the security mechanism, which does not count background polling as use (the container counts every
 * request); the extra minute lets that check end it first and tell the user why.
 */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    @Inject
    SecuritySettings settings;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(settings.idleTimeoutSeconds() + 60);
    }
}
