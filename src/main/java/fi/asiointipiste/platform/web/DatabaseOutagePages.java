package fi.asiointipiste.platform.web;

import fi.asiointipiste.platform.persistence.DatabaseUnavailable;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * A Faces request that failed because the database is out answers with the translated "temporarily unavailable"
 * page (HTTP 503, {@code /WEB-INF/errorpages/503.xhtml}) instead of the error page. An Ajax request, whose error
 * the browser would not show, is redirected to its page, which then answers 503 until the database is back and
 * shows the page again afterwards. Registered in faces-config.xml around the other exception handlers.
 */
public class DatabaseOutagePages extends ExceptionHandlerWrapper {

    public DatabaseOutagePages(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        boolean answered = false;
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            if (DatabaseUnavailable.isCause(failure)) {
                events.remove();
                if (!answered) {
                    answered = true;
                    answer(FacesContext.getCurrentInstance(), failure);
                }
            }
        }
        getWrapped().handle();
    }

    private static void answer(FacesContext faces, Throwable failure) {
        ExternalContext external = faces.getExternalContext();
        DatabaseUnavailable.log(external.getRequestServletPath(), failure);
        try {
            if (!external.isResponseCommitted()) {
                if (faces.getPartialViewContext().isAjaxRequest()) {
                    external.redirect(pageUrl(faces));
                } else {
                    external.responseReset();
                    external.responseSendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, null);
                }
            }
        } catch (IOException | IllegalStateException e) {
            // the connection or response is gone: nothing more can be said to this client
        }
        faces.responseComplete();
    }

    /** The page the Ajax request came from, with its view parameters, as a GET address. */
    private static String pageUrl(FacesContext faces) {
        if (faces.getViewRoot() == null) {
            return faces.getExternalContext().getRequestContextPath() + "/";
        }
        String viewId = faces.getViewRoot().getViewId();
        var handler = faces.getApplication().getViewHandler();
        try {
            return faces.getExternalContext()
                    .encodeRedirectURL(handler.getBookmarkableURL(faces, viewId, Map.of(), true), Map.of());
        } catch (RuntimeException viewParameterFailed) {
            return handler.getActionURL(faces, viewId);
        }
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new DatabaseOutagePages(getWrapped().getExceptionHandler());
        }
    }
}
