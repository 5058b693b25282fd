package fi.asiointipiste.statistics;

import fi.asiointipiste.it.StaffClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the statistics views of a running demo server (not a test: run through the stats-bench profile, see
 * docs/statistics.md). Each measurement: 3 warm-up requests, then the median of 10, as the supervisor of all
 * points. Times are request round trips on loopback, so they include (and bound) the server time.
 */
public final class StatisticsBenchmark {

    private static final String[] VIEWS = {"index", "errands", "levels", "feedback", "time", "breakdowns", "costs"};
    private static final Pattern FIRST_PROFILE = Pattern.compile("name=\"filter:profile\".*?<option value=\"\"[^>]*>"
            + "[^<]*</option>\\s*<option value=\"(\\d+)\"", Pattern.DOTALL);
    private static final Pattern FIRST_TASK_LINK = Pattern.compile("[?&;]task=(\\d+)");

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
        String errands = ok(client.get("statistics/errands.xhtml?" + year));
        String narrowed = year + "&profile=" + first(FIRST_PROFILE, errands) + "&channel=WALK_IN&task="
                + first(FIRST_TASK_LINK, errands);
        System.out.printf("%-70s %10s%n", "view (supervisor of all 4 points)", "median ms");
        time("overview, default 90 days", () -> ok(client.get("statistics/index.xhtml")));
        time("errands and overrides, last quarter", () -> ok(client.get("statistics/errands.xhtml?" + quarter)));
        for (String view : VIEWS) {
            time(view + ", full year", () -> ok(client.get("statistics/" + view + ".xhtml?" + year)));
        }
        for (String view : VIEWS) {
            time(view + ", full year, profile + channel + errand",
                    () -> ok(client.get("statistics/" + view + ".xhtml?" + narrowed)));
        }
        time("errands, full year, grain MONTH, drill into first rule", () -> {
            String page = ok(client.get("statistics/errands.xhtml?" + year));
            Matcher rule = Pattern.compile("[?&;]rule=([^&\"]+)").matcher(page);
            return rule.find() ? ok(client.get("statistics/errands.xhtml?" + year + "&rule=" + rule.group(1))) : page;
        });
        time("printable report (every view), full year", () -> ok(client.get("statistics/print.xhtml?" + year)));
        time("XLSX export of the cost-sharing table, full year (page + export)",
                () -> export(client, "costs", year, "costs"));
        time("XLSX export of the errands table, full year (page + export)",
                () -> export(client, "errands", year, "tasks"));
        time("CSV export of the heat map, full year (page + export)", () -> export(client, "time", year, "heatmap"));
    }

    private static String export(StaffClient client, String view, String filter, String table) throws Exception {
        String page = ok(client.get("statistics/" + view + ".xhtml?" + filter));
        String format = table.equals("heatmap") ? "csv" : "xlsx";
        HttpResponse<byte[]> r = client.postForm("statistics/" + view + ".xhtml?" + filter, page,
                Map.of("stats", "stats", "stats:" + format + "-" + table, ""));
        if (r.statusCode() != 200 || r.body().length < 100
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
        System.out.printf("%-70s %10d%n", view, (times.get(4) + times.get(5)) / 2);
    }
}
