package fi.asiointipiste.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.FacesException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

class ConflictMessagesTest {

    @Test
    void findsAConflictWrappedInFacesAndTransactionExceptions() {
        RollbackException rollback = new RollbackException("rolled back");
        rollback.initCause(new OptimisticLockException("stale"));
        assertThat(ConflictMessages.isConflict(new FacesException(new IllegalStateException(rollback)))).isTrue();
    }

    @Test
    void leavesOtherFailuresToTheErrorPage() {
        assertThat(ConflictMessages.isConflict(new FacesException(new IllegalStateException("boom")))).isFalse();
        assertThat(ConflictMessages.isConflict(null)).isFalse();
    }
}
