package fi.asiointipiste.platform.web;

import fi.asiointipiste.platform.errors.Causes;
import fi.asiointipiste.platform.i18n.Messages;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import java.util.Iterator;

/**
 * Turns a concurrent-edit conflict anywhere in a Faces request into the translated message
 * "someone else changed the same record…" on the same page, instead of an error page. The transaction that
 * hit the conflict has rolled back, so nothing of the stale edit was saved.
 */
public class ConflictMessages extends ExceptionHandlerWrapper {

    public ConflictMessages(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            if (isConflict(failure)) {
                events.remove();
                Messages.error("general.conflict");
                FacesContext.getCurrentInstance().renderResponse();
            }
        }
        getWrapped().handle();
    }

    static boolean isConflict(Throwable failure) {
        return Causes.firstOf(failure, OptimisticLockException.class).isPresent();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ConflictMessages(getWrapped().getExceptionHandler());
        }
    }
}
