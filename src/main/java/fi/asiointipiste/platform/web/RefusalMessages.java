package fi.asiointipiste.platform.web;

import fi.asiointipiste.platform.errors.Causes;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import java.util.Iterator;
import java.util.Optional;

/**
 * The one place where a Faces request's refusal becomes a message: a {@link RefusedAction} anywhere in the
 * request shows its translated message, and a concurrent-edit conflict shows "someone else changed the same
 * record…", both on the same page instead of an error page. The transaction that was refused has rolled back, so
 * nothing of the refused or stale edit was saved. Backing beans therefore call their facade without catching
 * refusals, unless they have something else to do when one happens.
 */
public class RefusalMessages extends ExceptionHandlerWrapper {

    public RefusalMessages(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            Optional<String> key = messageKeyOf(failure);
            if (key.isPresent()) {
                events.remove();
                Messages.error(key.get(), argumentsOf(failure));
                FacesContext.getCurrentInstance().renderResponse();
            }
        }
        getWrapped().handle();
    }

    /** The message for a failure the user can act on, or empty for a genuine error (then the error page). */
    static Optional<String> messageKeyOf(Throwable failure) {
        Optional<Throwable> cause = Causes.firstOf(failure, RefusedAction.class, OptimisticLockException.class);
        return cause.map(c -> c instanceof RefusedAction refused ? refused.key() : "general.conflict");
    }

    /** The refusal's message arguments (none for a conflict). */
    static Object[] argumentsOf(Throwable failure) {
        return Causes.firstOf(failure, RefusedAction.class)
                .map(r -> ((RefusedAction) r).args())
                .orElse(new Object[0]);
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
            return new RefusalMessages(getWrapped().getExceptionHandler());
        }
    }
}
