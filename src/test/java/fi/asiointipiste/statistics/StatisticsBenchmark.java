package fi.asiointipiste.statistics;

import fi.asiointipiste.it.StaffClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the statistics views of a running demo server (not a test: run through the stats-bench profile, see
 * docs/statistics.md). Each measurement: 3 warm-up requests, then the median of 10, as the supervisor of all
 * points; each request's period is shifted by a day, so no result comes from a database cache. Times are
 * request round trips on loopback, so they include (and bound) the server time.
 */
public final class StatisticsBenchmark {

    private static final String[] VIEWS = {"index", "errands", "levels", "feedback", "time", "breakdowns", "costs"};
    private static final Pattern FIRST_PROFILE = Pattern.compile(
            "name=\"filter:profile\".*?<option value=\"\"[^>]*>" + "[^<]*</option>\\s*<option value=\"(\\d+)\"",
            Pattern.DOTALL);
    private static final Pattern FIRST_TASK_LINK = Pattern.compile("[?&;]task=(\\d+)");

    private StatisticsBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8097/");
        StaffClient client = new StaffClient(base);
        if (client.signIn("supervisor", "asiointipiste").statusCode() != 302) {
            throw new IllegalStateException("sign-in failed at " + base);
        }
        LocalDate today = LocalDate.now();
        // Every request asks for a period shifted by one more day, so no database answers from a cached result.
        IntFunction<String> year =
                i -> "from=" + today.minusYears(1).plusDays(1).minusDays(i) + "&until=" + today.minusDays(i);
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        IntFunction<String> quarter =
                i -> "from=" + quarterStart.minusMonths(3).minusDays(i) + "&until=" + quarterStart.minusDays(1 + i);
        IntFunction<String> days90 = i -> "from=" + today.minusDays(89 + i) + "&until=" + today.minusDays(i);
        String errands = ok(client.get("statistics/errands.xhtml?" + year.apply(0)));
        String narrowing = "&profile=" + first(FIRST_PROFILE, errands) + "&channel=WALK_IN&task="
                + first(FIRST_TASK_LINK, errands);
        System.out.printf("%-70s %10s%n", "view (supervisor of all 4 points)", "median ms");
        boolean all = args.length < 2 || !args[1].equals("drill");
        time("errands, full year, then its first rule's drill-down (2 pages)", i -> {
            String page = ok(client.get("statistics/errands.xhtml?" + year.apply(i)));
            Matcher rule = Pattern.compile("[?&;]rule=([^&\"]+)").matcher(page);
            return rule.find()
                    ? ok(client.get("statistics/errands.xhtml?" + year.apply(i) + "&rule=" + rule.group(1)))
                    : page;
        });
        if (!all) {
            return;
        }
        time("overview, 90 days", i -> ok(client.get("statistics/index.xhtml?" + days90.apply(i))));
        time(
                "errands and overrides, last quarter",
                i -> ok(client.get("statistics/errands.xhtml?" + quarter.apply(i))));
        for (String view : VIEWS) {
            time(view + ", full year", i -> ok(client.get("statistics/" + view + ".xhtml?" + year.apply(i))));
        }
        for (String view : VIEWS) {
            time(
                    view + ", full year, profile + channel + errand",
                    i -> ok(client.get("statistics/" + view + ".xhtml?" + year.apply(i) + narrowing)));
        }
        time(
                "independence over time, full year",
                i -> ok(client.get("statistics/independence.xhtml?" + year.apply(i))));
        time(
                "printable report (every view), full year",
                i -> ok(client.get("statistics/print.xhtml?" + year.apply(i))));
        time(
                "XLSX export of the cost-sharing table, full year (page + export)",
                i -> export(client, "costs", year.apply(i), "costs"));
        time(
                "XLSX export of the errands table, full year (page + export)",
                i -> export(client, "errands", year.apply(i), "tasks"));
        time(
                "CSV export of the heat map, full year (page + export)",
                i -> export(client, "time", year.apply(i), "heatmap"));
    }

    private static String export(StaffClient client, String view, String filter, String table) throws Exception {
        String page = ok(client.get("statistics/" + view + ".xhtml?" + filter));
        String format = table.equals("heatmap") ? "csv" : "xlsx";
        HttpResponse<byte[]> r = client.postForm(
                "statistics/" + view + ".xhtml?" + filter,
                page,
                Map.of("stats", "stats", "stats:" + format + "-" + table, ""));
        if (r.statusCode() != 200
                || r.body().length < 100
                || !r.headers().firstValue("Content-Disposition").orElse("").contains(table)) {
            throw new IllegalStateException("export failed: " + r.statusCode());
        }
        return "";
    }

    private static String first(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("not found on the page: " + pattern);
        }
        return m.group(1);
    }

    private static String ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return response.body();
    }

    /** A request of the i-th run; thrown exceptions end the benchmark. */
    private interface Request {
        String call(int i) throws Exception;
    }

    private static void time(String view, Request request) throws Exception {
        for (int i = 0; i < 3; i++) {
            request.call(i);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 3; i < 13; i++) {
            long start = System.nanoTime();
            request.call(i);
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        times.sort(null);
        System.out.printf("%-70s %10d%n", view, (times.get(4) + times.get(5)) / 2);
    }
}
