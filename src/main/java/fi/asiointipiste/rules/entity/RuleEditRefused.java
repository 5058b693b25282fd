package fi.asiointipiste.rules.entity;

import fi.asiointipiste.platform.i18n.RefusedAction;
import java.util.List;
import java.util.Map;

/**
 * An edit of a draft's table that cannot be made as asked (no such rule or column, a name already taken, a cell
 * the engine cannot read): nothing changes. The engine's English detail, when there is one, goes to the details.
 */
public class RuleEditRefused extends RefusedAction {

    private final String detail;

    public RuleEditRefused(String key, String englishText) {
        this(key, englishText, null);
    }

    public RuleEditRefused(String key, String englishText, String detail) {
        super(key, englishText);
        this.detail = detail;
    }

    /** The engine's own English explanation (e.g. where a cell's syntax breaks), or null. */
    public String detail() {
        return detail;
    }

    /** The request was understood but its content cannot be applied: 422. */
    @Override
    public int status() {
        return 422;
    }

    @Override
    public List<Map<String, Object>> details() {
        return detail == null ? List.of() : List.of(Map.of("message", detail));
    }
}
