package fi.asiointipiste.statistics.control;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A WHERE clause over the aggregate tables with its positional parameters, built from a filter. */
final class Sql {

    final StringBuilder where = new StringBuilder();
    final List<Object> parameters = new ArrayList<>();

    static Sql of(StatisticsFilter filter, String alias, boolean profile, boolean channel, boolean task) {
        Sql sql = new Sql();
        String a = alias.isEmpty() ? "" : alias + ".";
        sql.where.append(a).append("service_point_id IN (")
                .append(String.join(", ", java.util.Collections.nCopies(filter.pointIds().size(), "?"))).append(")");
        sql.parameters.addAll(filter.pointIds());
        sql.where.append(" AND ").append(a).append("stat_day >= ? AND ").append(a).append("stat_day <= ?");
        sql.parameters.add(Date.valueOf(filter.from()));
        sql.parameters.add(Date.valueOf(filter.until()));
        if (profile && filter.profileId() != null) {
            sql.where.append(" AND ").append(a).append("profile_id = ?");
            sql.parameters.add(filter.profileId());
        }
        if (channel && filter.channel() != null) {
            sql.where.append(" AND ").append(a).append("channel = ?");
            sql.parameters.add(filter.channel());
        }
        if (task && filter.taskId() != null) {
            sql.where.append(" AND ").append(a).append("service_task_id = ?");
            sql.parameters.add(filter.taskId());
        }
        return sql;
    }

    /** The suffix of a localized name column; only the three supported languages, never user text. */
    static String language(Locale locale) {
        String language = locale == null ? "fi" : locale.getLanguage();
        return List.of("fi", "sv", "en").contains(language) ? language : "fi";
    }
}
