package fi.asiointipiste.platform.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The user's language for this session: Finnish by default, Swedish or English on request. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private Locale locale = Locale.forLanguageTag("fi");

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /**
     * Switches language and reloads the current page with a GET, so nothing is re-submitted; the page's view
     * parameters come along, so a page about one record (a rule set, a visit) stays on it.
     */
    public void switchTo(String language) throws IOException {
        if (!LANGUAGES.contains(language)) {
            return;
        }
        locale = Locale.forLanguageTag(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        var external = faces.getExternalContext();
        String query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
        // A form posts to the page without its query: the page's view parameters (e.g. ?id=) keep the same record.
        external.redirect(
                query == null
                        ? faces.getApplication()
                                .getViewHandler()
                                .getRedirectURL(faces, faces.getViewRoot().getViewId(), java.util.Map.of(), true)
                        : external.getRequestContextPath() + faces.getViewRoot().getViewId() + "?" + query);
    }
}
