package fi.asiointipiste.platform.health;

import fi.asiointipiste.platform.persistence.Databases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Asks the database for one pooled connection that answers. MicroProfile Fault Tolerance bounds it: it runs on its
 * own thread ({@code @Asynchronous}) so that the caller stops waiting after the {@code @Timeout} even when a socket
 * read cannot be interrupted, and at most two probes run at once ({@code @Bulkhead}: a database that hangs cannot tie
 * up more threads however often the load balancer asks).
 */
@ApplicationScoped
public class DatabaseProbe {

    static final long TIMEOUT_MILLIS = 1500;

    @Inject
    Databases databases;

    @Asynchronous
    @Timeout(TIMEOUT_MILLIS)
    @Bulkhead(value = 2, waitingTaskQueue = 2)
    public CompletionStage<Boolean> answers() {
        try (Connection connection = databases.dataSource().getConnection()) {
            return CompletableFuture.completedFuture(connection.isValid(1));
        } catch (SQLException e) {
            return CompletableFuture.completedFuture(false);
        }
    }
}
