package fi.asiointipiste.it;

import fi.asiointipiste.feedback.entity.FeedbackGiven;
import fi.asiointipiste.visits.entity.VisitClosed;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only: records the front desk's events and whether they arrived inside a transaction. */
@ApplicationScoped
public class DeskEvents {

    @Resource
    TransactionSynchronizationRegistry transactions;

    final List<Long> closedVisits = new CopyOnWriteArrayList<>();
    final List<Long> answeredVisits = new CopyOnWriteArrayList<>();
    volatile boolean allInsideTransaction = true;

    public List<Long> closedVisits() {
        return List.copyOf(closedVisits);
    }

    public List<Long> answeredVisits() {
        return List.copyOf(answeredVisits);
    }

    public boolean allInsideTransaction() {
        return allInsideTransaction;
    }

    void closed(@Observes VisitClosed event) {
        closedVisits.add(event.visitId());
        allInsideTransaction &= transactions.getTransactionKey() != null;
    }

    void answered(@Observes FeedbackGiven event) {
        answeredVisits.add(event.visitId());
        allInsideTransaction &= transactions.getTransactionKey() != null;
    }
}
