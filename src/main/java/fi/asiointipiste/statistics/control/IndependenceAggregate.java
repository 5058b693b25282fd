package fi.asiointipiste.statistics.control;

import fi.asiointipiste.visits.entity.VisitClosed;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Keeps {@code stat_independence_day} (V9) correct the moment a visit is served, in the closing transaction
 * like {@link Aggregates}. The customer's row is locked first, so two closes of one customer's visits (at any
 * points) are counted one after the other; then every point whose rows change is locked in id order, before
 * {@link Aggregates} locks the visit's point (this observer runs first), so closes cannot deadlock.
 */
@ApplicationScoped
public class IndependenceAggregate {

    static final String CHAIN = "SELECT v.id, v.service_point_id, v.arrived_at, v.ended_at, v.profile_id,"
            + " t.applied_level, t.customer_did_it_themselves, t.id FROM visit v"
            + " LEFT JOIN visit_task t ON t.visit_id = v.id WHERE v.status = 'DONE'";

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void visitClosed(@Observes @Priority(Interceptor.Priority.APPLICATION + 400) VisitClosed closed) {
        em.flush();
        List<?> found = em.createNativeQuery("SELECT customer_id FROM visit WHERE id = ? AND status = 'DONE'")
                .setParameter(1, closed.visitId())
                .getResultList();
        if (found.isEmpty() || found.get(0) == null) {
            return; // a no-show or an anonymous visit
        }
        long customer = Aggregates.number(found.get(0));
        em.createNativeQuery("SELECT id FROM customer WHERE id = ? FOR UPDATE")
                .setParameter(1, customer)
                .getResultList();
        IndependenceChain.Reader reader = new IndependenceChain.Reader();
        for (Object o : em.createNativeQuery(CHAIN + " AND v.customer_id = ? ORDER BY v.id, t.seq_no")
                .setParameter(1, customer)
                .getResultList()) {
            Object[] r = (Object[]) o;
            reader.row(
                    Aggregates.number(r[0]),
                    Aggregates.number(r[1]),
                    Aggregates.time(r[2]),
                    Aggregates.time(r[3]),
                    Aggregates.nullableLong(r[4]),
                    (String) r[5],
                    (Boolean) r[6],
                    r[7] != null);
        }
        List<AggregateCell> delta = IndependenceChain.delta(reader.take(), closed.visitId());
        TreeSet<Long> points = new TreeSet<>();
        points.add(closed.servicePointId());
        delta.forEach(cell -> points.add((Long) cell.key().get(0)));
        for (long point : points) {
            em.createNativeQuery("SELECT id FROM service_point WHERE id = ? FOR UPDATE")
                    .setParameter(1, point)
                    .getResultList();
        }
        for (AggregateCell cell : delta) {
            add(cell);
        }
    }

    private void add(AggregateCell cell) {
        AggregateTable table = cell.table();
        Query update = em.createNativeQuery(table.updateSql());
        int p = 1;
        for (int i = 0; i < cell.values().length; i++) {
            update.setParameter(p++, Aggregates.column(table, i, cell.values()[i]));
        }
        for (Object key : cell.key()) {
            update.setParameter(p++, Aggregates.jdbc(key));
        }
        if (update.executeUpdate() == 0) {
            Query insert = em.createNativeQuery(table.insertSql());
            p = 1;
            for (Object key : cell.key()) {
                insert.setParameter(p++, Aggregates.jdbc(key));
            }
            for (int i = 0; i < cell.values().length; i++) {
                insert.setParameter(p++, Aggregates.column(table, i, cell.values()[i]));
            }
            insert.executeUpdate();
        } else if (cell.values()[0] < 0) {
            // A visit moved to another ordinal: its old row may now count nothing, as if it had never been.
            Query empty = em.createNativeQuery("DELETE FROM " + table.table() + " WHERE visits = 0 AND "
                    + String.join(" = ? AND ", table.keys()) + " = ?");
            p = 1;
            for (Object key : cell.key()) {
                empty.setParameter(p++, Aggregates.jdbc(key));
            }
            empty.executeUpdate();
        }
    }

    /** For {@link AggregateRebuild}: every customer's chain, summed into the rows of the table. */
    static void rebuild(Connection c, Map<List<Object>, double[]> sums) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setFetchSize(5000);
            try (ResultSet rs = s.executeQuery(CHAIN.replace("SELECT v.id", "SELECT v.customer_id, v.id")
                    + " AND v.customer_id IS NOT NULL ORDER BY v.customer_id, v.id, t.seq_no")) {
                IndependenceChain.Reader reader = new IndependenceChain.Reader();
                long customer = -1;
                while (rs.next()) {
                    if (rs.getLong(1) != customer) {
                        sum(sums, reader.take());
                        customer = rs.getLong(1);
                    }
                    reader.row(
                            rs.getLong(2),
                            rs.getLong(3),
                            Aggregates.time(rs.getObject(4)),
                            Aggregates.time(rs.getObject(5)),
                            Aggregates.nullableLong(rs.getObject(6)),
                            rs.getString(7),
                            (Boolean) rs.getObject(8),
                            rs.getObject(9) != null);
                }
                sum(sums, reader.take());
            }
        }
    }

    private static void sum(Map<List<Object>, double[]> sums, List<IndependenceChain.Served> chain) {
        for (AggregateCell cell : IndependenceChain.cells(chain)) {
            IndependenceChain.add(sums, cell, 1);
        }
    }
}
