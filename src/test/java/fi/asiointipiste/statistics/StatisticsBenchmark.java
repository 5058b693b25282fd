package fi.asiointipiste.statistics;

import fi.asiointipiste.it.StaffClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Times the statistics views of a running demo server (not a test: run through the stats-bench profile, see
 * docs/statistics.md). Each view: 3 warm-up requests, then the median of 10, as the supervisor of all points.
 * Times are request round trips on loopback, so they include (and bound) the server time.
 */
public final class StatisticsBenchmark {

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8097/");
        StaffClient client = new StaffClient(base);
        if (client.signIn("supervisor", "asiointipiste").statusCode() != 302) {
            throw new IllegalStateException("sign-in failed at " + base);
        }
        LocalDate today = LocalDate.now();
        String year = "from=" + today.minusYears(1).plusDays(1) + "&until=" + today;
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        String quarter = "from=" + quarterStart.minusMonths(3) + "&until=" + quarterStart.minusDays(1);
        System.out.printf("%-58s %10s%n", "view", "median ms");
        time("dashboard + all breakdowns, 90 days, 4 points", () -> ok(client.get("statistics/index.xhtml")));
        time("dashboard + all breakdowns, last quarter, 4 points",
                () -> ok(client.get("statistics/index.xhtml?" + quarter)));
        time("dashboard + all breakdowns, full year, 4 points", () -> ok(client.get("statistics/index.xhtml?" + year)));
        time("printable report, full year, 4 points", () -> ok(client.get("statistics/print.xhtml?" + year)));
        time("independence over time, full year, 4 points",
                () -> ok(client.get("statistics/independence.xhtml?" + year)));
        String page = ok(client.get("statistics/index.xhtml?" + year));
        time("XLSX export, full year, cost-sharing table", () -> {
            HttpResponse<byte[]> r = client.postForm("statistics/index.xhtml", page,
                    Map.of("stats", "stats", "stats:xlsx-costs", ""));
            if (r.statusCode() != 200 || r.body().length < 100) {
                throw new IllegalStateException("export failed: " + r.statusCode());
            }
            return "";
        });
        time("XLSX export, full year, errands table", () -> {
            HttpResponse<byte[]> r = client.postForm("statistics/index.xhtml", page,
                    Map.of("stats", "stats", "stats:xlsx-tasks", ""));
            return String.valueOf(r.statusCode());
        });
    }

    private static String ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return response.body();
    }

    private static void time(String view, Callable<String> request) throws Exception {
        for (int i = 0; i < 3; i++) {
            request.call();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            request.call();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        times.sort(null);
        System.out.printf("%-58s %10d%n", view, (times.get(4) + times.get(5)) / 2);
    }
}
