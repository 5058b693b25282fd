package fi.asiointipiste.platform.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up texts in the resource bundle by key and adds them as Faces messages in the user's language. */
public final class Messages {

    public static final String BUNDLE = "fi.asiointipiste.i18n.messages";

    private Messages() {}

    /** An argument that is itself a message key ({@code "field:" + key}), e.g. the label of the field a refusal is about. */
    public static final String KEY_ARGUMENT = "field:";

    public static String text(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            if (args.length == 0) {
                return pattern;
            }
            Object[] shown = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                shown[i] = args[i] instanceof String s && s.startsWith(KEY_ARGUMENT)
                        ? text(locale, s.substring(KEY_ARGUMENT.length()))
                        : args[i];
            }
            return new MessageFormat(pattern, locale).format(shown);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, null, key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, null, key, args);
    }

    public static void errorOn(String clientId, String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, args);
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String summary = text(faces.getViewRoot().getLocale(), key, args);
        faces.addMessage(clientId, new FacesMessage(severity, summary, summary));
    }

    /** Keeps this request's messages for the page the browser is redirected to (post-redirect-get). */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
