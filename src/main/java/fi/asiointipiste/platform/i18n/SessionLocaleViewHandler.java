package fi.asiointipiste.platform.i18n;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the user's chosen language from the start. {@code f:view locale} in the templates applies
 * only when the page renders, so without this a message added earlier (a view action, a view parameter's
 * converter, a {@code @PostConstruct}) came out in the browser's language instead of the user's.
 */
public class SessionLocaleViewHandler extends ViewHandlerWrapper {

    public SessionLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocaleSelection.class).get().getLocale();
    }
}
