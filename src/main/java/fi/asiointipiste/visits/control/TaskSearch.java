package fi.asiointipiste.visits.control;

import fi.asiointipiste.catalogue.entity.ServiceTask;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The task search as the clerk types: catalogue tasks whose name (in the clerk's language) or code contains what
 * was typed, the point's most frequent tasks first, then the rest in catalogue order; at most {@link #SHOWN}.
 */
public final class TaskSearch {

    static final int SHOWN = 12;

    private TaskSearch() {}

    /**
     * @param frequent the point's task codes, most frequent first
     * @param name     a task's name in the clerk's language
     * @return the codes of the matching tasks
     */
    public static List<String> matching(
            List<ServiceTask> tasks, List<String> frequent, String typed, Function<ServiceTask, String> name) {
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return tasks.stream()
                .filter(t -> q.isEmpty()
                        || name.apply(t).toLowerCase(Locale.ROOT).contains(q)
                        || t.getCode().toLowerCase(Locale.ROOT).contains(q))
                .sorted(Comparator.comparingInt(t -> rank(frequent, t.getCode())))
                .map(ServiceTask::getCode)
                .limit(SHOWN)
                .toList();
    }

    private static int rank(List<String> frequent, String code) {
        int i = frequent.indexOf(code);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
