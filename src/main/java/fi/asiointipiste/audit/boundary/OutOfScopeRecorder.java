package fi.asiointipiste.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Records refused out-of-scope reads ({@link OutOfScope}) after the request's transaction: the refusal rolls that
 * transaction back, and recording inside it would lose the event (or wait for the chain's head it may hold).
 */
@ApplicationScoped
public class OutOfScopeRecorder {

    @Inject
    AuditLog audit;

    void refused(@Observes(during = TransactionPhase.AFTER_COMPLETION) OutOfScope attempt) {
        audit.recordOutOfScope(attempt);
    }
}
