package fi.asiointipiste.platform.errors;

import java.util.Optional;

/**
 * Finds the domain failure inside the wrappers the container adds (transaction rollbacks, Faces and EJB
 * exceptions), so boundaries can answer with the domain's own message.
 */
public final class Causes {

    private Causes() {}

    /** The first throwable in the cause chain that is one of {@code types}, outermost first. */
    @SafeVarargs
    public static Optional<Throwable> firstOf(Throwable failure, Class<? extends Throwable>... types) {
        int hops = 0;
        for (Throwable t = failure; t != null && hops < 50; t = t.getCause(), hops++) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }
}
