package fi.asiointipiste.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Ends an idle signed-in session after {@code asiointipiste.session.timeout-minutes} (30 by default). */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    @Inject
    @ConfigProperty(name = "asiointipiste.session.timeout-minutes", defaultValue = "30")
    int minutes;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(Math.max(1, minutes) * 60);
    }
}
