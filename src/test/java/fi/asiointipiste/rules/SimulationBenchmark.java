package fi.asiointipiste.rules;

import fi.asiointipiste.platform.persistence.H2PageCache;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.entity.RuleTable;
import fi.asiointipiste.rules.control.SimulationParts;
import fi.asiointipiste.rules.control.SimulationRun;
import fi.asiointipiste.rules.control.SimulationTally;
import fi.asiointipiste.visits.control.DecisionStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Times the simulation's server-side path – the stored visits streamed from the database with
 * {@link DecisionStream} and every errand decided again with the compiled table ({@link SimulationRun}) – on an
 * H2 file database the demo wrote (docs/user-guide/rules.md, "Simulation speed"). Not a test: run it with
 * {@code java -cp … fi.asiointipiste.rules.SimulationBenchmark <h2 file without .mv.db> [days ...]}. For each
 * period (days up to the newest visit; none = 36 and 365) it makes 2 warm-up runs and 5 measured ones and prints
 * the median, with the heap in use after the run.
 */
public final class SimulationBenchmark {

    private static final int WARM_UPS = Integer.getInteger("bench.warmUps", 2);
    private static final int RUNS = WARM_UPS + Integer.getInteger("bench.measured", 5);
    /** Parts read side by side, as the server does ({@code Simulations.PARTS}). */
    private static final int PARTS = Integer.getInteger("bench.parts", 2);

    private SimulationBenchmark() {}

    public static void main(String[] args) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + args[0] + (args[0].contains(";") ? "" : ";WRITE_DELAY=0"));
        ds.setUser(System.getProperty("bench.user", "asiointipiste"));
        ds.setPassword(System.getProperty("bench.password", "demo-only"));
        String draft;
        try (InputStream in =
                SimulationBenchmark.class.getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn")) {
            draft = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(
                            "<outputEntry id=\"housing-multi-unskilled-o1\"><text>\"FULL_ASSISTANCE\"</text>",
                            "<outputEntry id=\"housing-multi-unskilled-o1\"><text>\"GUIDED\"</text>");
        }
        // The server's connection pool keeps the database open; without a connection held here, H2 would close the
        // file (and compact it) whenever a run's last connection closes, and open it again in the next run.
        Connection keptOpen = ds.getConnection();
        // and sizes H2's page cache from the heap at its start (Bootstrap → Databases.sizeCache), as here
        long cacheKb = H2PageCache.size(
                ds, Double.parseDouble(System.getProperty("bench.cacheShare", "" + H2PageCache.DEFAULT_SHARE)));
        System.out.println("heap max " + (Runtime.getRuntime().maxMemory() >> 20) + " MB, H2 page cache "
                + (cacheKb >> 10) + " MB, " + Runtime.getRuntime().availableProcessors() + " processors");
        LocalDateTime newest;
        List<Long> points = new ArrayList<>();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT MAX(arrived_at), COUNT(*) FROM visit")) {
                rs.next();
                newest = rs.getTimestamp(1).toLocalDateTime().plusMinutes(1);
                System.out.println("visits in the database: " + rs.getLong(2));
            }
            try (ResultSet rs = s.executeQuery("SELECT id FROM service_point ORDER BY id")) {
                while (rs.next()) {
                    points.add(rs.getLong(1));
                }
            }
        }
        List<Integer> periods = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            periods.add(Integer.parseInt(args[i]));
        }
        if (periods.isEmpty()) {
            periods.addAll(List.of(36, 365));
        }
        Routing routing = new Routing();
        ExecutorService pool = Executors.newFixedThreadPool(PARTS - 1);
        for (int days : periods) {
            LocalDateTime from = newest.minusDays(days);
            long visits = DecisionStream.countVisits(ds, from, newest, points);
            List<Long> times = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            List<Long> longest = new ArrayList<>();
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            SimulationTally last = null;
            for (int run = 0; run < RUNS; run++) {
                AtomicLong cpuNanos = new AtomicLong();
                AtomicLong longestPart = new AtomicLong();
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                // as Simulations.execute: the range cut into parts, read side by side, the tallies added up
                List<SimulationRun> runs = new ArrayList<>();
                for (int i = 0; i < PARTS; i++) {
                    runs.add(new SimulationRun(
                            routing.replay(new RuleTable(0, 2, draft, false)), new SimulationTally()));
                }
                SimulationParts parts = new SimulationParts(runs);
                parts.reads(DecisionStream.range(ds, from, newest, points));
                cpuNanos.addAndGet(threads.getCurrentThreadCpuTime() - c0);
                parts.runAll(pool, (whole, part, sim) -> {
                    long p0 = threads.getCurrentThreadCpuTime();
                    try {
                        return DecisionStream.forEachOf(
                                ds,
                                whole,
                                part,
                                from,
                                newest,
                                points,
                                Boolean.getBoolean("bench.streamOnly") ? v -> true : sim);
                    } finally {
                        long used = threads.getCurrentThreadCpuTime() - p0;
                        cpuNanos.addAndGet(used);
                        longestPart.accumulateAndGet(used, Math::max);
                    }
                });
                SimulationTally tally = parts.finish();
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long cpuMs = cpuNanos.get() / 1_000_000;
                long partMs = longestPart.get() / 1_000_000;
                if (run >= WARM_UPS) {
                    times.add(ms);
                    cpu.add(cpuMs);
                    longest.add(partMs);
                }
                last = tally;
                Runtime rt = Runtime.getRuntime();
                System.out.printf(
                        "  %d days, run %d: %d ms (CPU of the parts' threads %d ms, of the longest part %d ms),"
                                + " heap used %d MB%n",
                        days, run + 1, ms, cpuMs, partMs, (rt.totalMemory() - rt.freeMemory()) >> 20);
            }
            times.sort(null);
            cpu.sort(null);
            longest.sort(null);
            System.out.printf(
                    "%d days: %d visits, %d errands replayed, %d changed; median of %d after %d warm-ups: %d ms"
                            + " (min %d, max %d); CPU median %d ms, of the longest part %d ms; load average %.1f%n",
                    days,
                    visits,
                    last.replayed(),
                    last.changed(),
                    times.size(),
                    WARM_UPS,
                    times.get(times.size() / 2),
                    times.get(0),
                    times.get(times.size() - 1),
                    cpu.get(cpu.size() / 2),
                    longest.get(longest.size() / 2),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
        pool.shutdown();
        keptOpen.close();
    }
}
