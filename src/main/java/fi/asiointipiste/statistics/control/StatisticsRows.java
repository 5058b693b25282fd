package fi.asiointipiste.statistics.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the read side's native SQL with positional parameters and hands back its rows, one {@code Object[]} a
 * row even when a single column is selected. Dependent (no client proxy), so the package's builders may call it
 * with the package's {@link Sql}.
 */
@Dependent
public class StatisticsRows {

    @PersistenceContext
    EntityManager em;

    /** {@code select} over {@code where.from()}, then {@code tail} (GROUP BY, ORDER BY), with where's parameters. */
    List<Object[]> rows(String select, Sql where, String tail) {
        return rows(select + tail, where.parameters);
    }

    /** The one row of an aggregate without GROUP BY. */
    Object[] single(String select, Sql where) {
        return rows(select, where, "").get(0);
    }

    List<Object[]> rows(String sql, List<Object> parameters) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object o : q.getResultList()) {
            rows.add(o instanceof Object[] a ? a : new Object[] {o});
        }
        return rows;
    }

    /** id → name from a query of two columns, in the query's order. */
    Map<Long, String> names(String sql) {
        return names(rows(sql, List.of()));
    }

    /** Ids of whatever numeric type the database returns become Long keys (what the menus' converter gives back). */
    static Map<Long, String> names(List<Object[]> rows) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object[] r : rows) {
            names.put(Figures.n(r[0]), (String) r[1]);
        }
        return names;
    }
}
