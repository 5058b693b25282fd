package fi.asiointipiste.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.platform.i18n.RefusedAction;
import jakarta.faces.FacesException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

class RefusalMessagesTest {

    @Test
    void findsAConflictWrappedInFacesAndTransactionExceptions() {
        RollbackException rollback = new RollbackException("rolled back");
        rollback.initCause(new OptimisticLockException("stale"));
        assertThat(RefusalMessages.isConflict(new FacesException(new IllegalStateException(rollback))))
                .isTrue();
        assertThat(RefusalMessages.messageKeyOf(new FacesException(new IllegalStateException(rollback))))
                .contains("general.conflict");
    }

    @Test
    void aRefusalShowsItsOwnMessageWhereverItIsWrapped() {
        RefusedAction refused = new RefusedAction("frontDesk.close.noTasks");
        assertThat(RefusalMessages.messageKeyOf(new FacesException(new TransactionalException("rolled back", refused))))
                .contains("frontDesk.close.noTasks");
        assertThat(RefusalMessages.isConflict(refused)).isFalse();
    }

    @Test
    void leavesOtherFailuresToTheErrorPage() {
        assertThat(RefusalMessages.isConflict(new FacesException(new IllegalStateException("boom"))))
                .isFalse();
        assertThat(RefusalMessages.isConflict(null)).isFalse();
        assertThat(RefusalMessages.messageKeyOf(new FacesException(new IllegalStateException("boom"))))
                .isEmpty();
    }
}
