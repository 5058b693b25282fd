package fi.asiointipiste.statistics.control;

import java.util.List;

/** The aggregate tables (migrations V7, V8, V9): their key columns and the additive value columns. */
public enum AggregateTable {
    VISIT_DAY(
            "stat_visit_day",
            List.of("service_point_id", "service_task_id", "grain", "stat_day", "channel", "profile_id", "level_rank"),
            List.of(
                    "visits",
                    "no_shows",
                    "tasks",
                    "overridden",
                    "self_done",
                    "wait_n",
                    "wait_sum",
                    "handle_n",
                    "handle_sum",
                    "feedback_n",
                    "ces_n",
                    "ces_sum",
                    "ces_1",
                    "ces_2",
                    "ces_3",
                    "ces_4",
                    "ces_5",
                    "nps_n",
                    "promoters",
                    "detractors")),
    TASK_DAY(
            "stat_task_day",
            List.of(
                    "service_point_id",
                    "channel",
                    "profile_id",
                    "grain",
                    "stat_day",
                    "service_task_id",
                    "recommended_level",
                    "applied_level"),
            List.of(
                    "tasks",
                    "self_done",
                    "outcome_done",
                    "outcome_referred",
                    "outcome_continues",
                    "outcome_not_possible",
                    "handle_minutes",
                    "visit_share",
                    "ces_n",
                    "ces_sum")),
    DURATION_DAY(
            "stat_duration_day",
            List.of(
                    "service_point_id",
                    "service_task_id",
                    "channel",
                    "profile_id",
                    "grain",
                    "stat_day",
                    "level_rank",
                    "kind",
                    "minutes"),
            List.of("visits")),
    ARRIVAL_HOUR(
            "stat_arrival_hour",
            List.of("service_point_id", "service_task_id", "channel", "profile_id", "stat_day", "hour_of_day"),
            List.of("visits", "tasks", "overridden")),
    OVERRIDE_DAY(
            "stat_override_day",
            List.of(
                    "service_point_id",
                    "grain",
                    "stat_day",
                    "service_task_id",
                    "profile_id",
                    "channel",
                    "rule_set_id",
                    "rule_id",
                    "recommended_level",
                    "applied_level",
                    "override_reason"),
            List.of("tasks", "ces_n", "ces_sum")),
    /** Migration V9, maintained by {@link IndependenceAggregate}, not by {@link ClosedVisit#cells()}. */
    INDEPENDENCE_DAY(
            "stat_independence_day",
            List.of("service_point_id", "stat_day", "profile_id", "visit_ordinal", "level_rank"),
            List.of(
                    "visits",
                    "tasks",
                    "self_done",
                    "level_lower",
                    "level_same",
                    "level_higher",
                    "share_up",
                    "share_same",
                    "share_down"));

    private final String table;
    private final List<String> keys;
    private final List<String> values;

    AggregateTable(String table, List<String> keys, List<String> values) {
        this.table = table;
        this.keys = keys;
        this.values = values;
    }

    public String table() {
        return table;
    }

    public List<String> keys() {
        return keys;
    }

    public List<String> columns() {
        return values;
    }

    /** Whether the table also keeps monthly rows (grain 'M', stat_day the month's first day) beside daily ones. */
    public boolean monthly() {
        return keys.contains("grain");
    }

    /** Adds to an existing row; the caller inserts when no row was updated. */
    public String updateSql() {
        StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append(values.get(i))
                    .append(" = ")
                    .append(values.get(i))
                    .append(" + ?");
        }
        sql.append(" WHERE ");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : " AND ").append(keys.get(i)).append(" = ?");
        }
        return sql.toString();
    }

    public String insertSql() {
        int columns = keys.size() + values.size();
        return "INSERT INTO " + table + " (" + String.join(", ", keys) + ", " + String.join(", ", values) + ") VALUES ("
                + "?, ".repeat(columns - 1) + "?)";
    }
}
