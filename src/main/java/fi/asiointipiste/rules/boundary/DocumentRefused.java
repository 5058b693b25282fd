package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.RefusedAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A document that could be read but not accepted (a rule set, a test-case file) because of the problems listed;
 * nothing was saved. Answered as 422 Unprocessable Content with one detail per problem, its members as the subclass
 * names them.
 */
public abstract class DocumentRefused extends RefusedAction {

    private final transient List<Map<String, Object>> details;

    /** @param members puts a problem's members, in their order, into its detail */
    protected <P> DocumentRefused(
            String key, String message, List<P> problems, BiConsumer<P, Map<String, Object>> members) {
        super(key, message);
        this.details = problems.stream()
                .map(p -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    members.accept(p, item);
                    return item;
                })
                .toList();
    }

    /** The document could be read but not accepted: 422 Unprocessable Content. */
    @Override
    public int status() {
        return 422;
    }

    @Override
    public List<Map<String, Object>> details() {
        return details;
    }
}
