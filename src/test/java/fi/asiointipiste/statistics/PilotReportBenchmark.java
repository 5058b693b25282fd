package fi.asiointipiste.statistics;

import fi.asiointipiste.it.StaffClient;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the pilot report of a running demo server over a year of visits (not a test: run through the stats-bench
 * profile, see docs/user-guide/rules.md, "Pilots"). It defines 13 pilots at Keitele and Tervo against Pielavesi and
 * Vesanto, each starting half a year ago and ending one day earlier than the one before (so the report reads a
 * year: the pilot's half and as long a period before it), and asks for a different one every time, so no result
 * comes from a database cache. Each measurement: 3 warm-up requests, then the median of 10. Times are request
 * round trips on loopback, so they include (and bound) the server time. The pilots are removed at the end.
 */
public final class PilotReportBenchmark {

    private static final int PILOTS = 13;
    private static final String USER = "coordinator";
    private static final String PASSWORD = "asiointipiste";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    private PilotReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8097/");
        String dmn;
        try (InputStream in =
                PilotReportBenchmark.class.getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn")) {
            dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpResponse<String> draft =
                send(base, "POST", "rule-sets?name=Benchmark&note=pilot%20report%20benchmark", "application/xml", dmn);
        long ruleSet = first(ID, draft.body());
        LocalDate today = LocalDate.now();
        List<long[]> pilots = new ArrayList<>(); // id, version
        for (int i = 0; i < PILOTS; i++) {
            String definition =
                    "{\"name\":\"Benchmark " + i + "\",\"hypothesis\":\"Benchmark\",\"ruleSetId\":" + ruleSet
                            + ",\"pilotPoints\":[\"KEITELE\",\"TERVO\"],\"comparisonPoints\":[\"PIELAVESI\",\"VESANTO\"],"
                            + "\"startsOn\":\"" + today.minusDays(182) + "\",\"endsOn\":\"" + today.minusDays(i) + "\","
                            + "\"measures\":[{\"measure\":\"FULL_ASSISTANCE_SHARE\",\"direction\":\"DECREASE\"}]}";
            HttpResponse<String> created = send(base, "POST", "pilots", "application/json", definition);
            if (created.statusCode() != 201) {
                throw new IllegalStateException(created.statusCode() + " " + created.body());
            }
            pilots.add(new long[] {first(ID, created.body()), first(VERSION, created.body())});
        }
        try {
            StaffClient client = new StaffClient(base);
            if (client.signIn(USER, PASSWORD).statusCode() != 302) {
                throw new IllegalStateException("sign-in failed at " + base);
            }
            System.out.printf(
                    "%-72s %10s%n", "pilot report (2 pilot + 2 comparison points, a year of visits)", "median ms");
            time(
                    "REST report, all customers",
                    i -> ok(send(base, "GET", "pilots/" + pilots.get(i)[0] + "/report", null, null)));
            time(
                    "REST report, one profile",
                    i -> ok(send(base, "GET", "pilots/" + pilots.get(i)[0] + "/report?profile=3", null, null)));
            time(
                    "report page (every measure, weekly chart and table, notes)",
                    i -> ok(client.get("statistics/pilot-report.xhtml?id=" + pilots.get(i)[0])));
            time("printable report", i -> ok(client.get("statistics/pilot-report-print.xhtml?id=" + pilots.get(i)[0])));
        } finally {
            for (long[] p : pilots) {
                send(base, "DELETE", "pilots/" + p[0] + "?version=" + p[1], null, null);
            }
        }
    }

    private interface Request {
        String run(int i) throws Exception;
    }

    private static void time(String name, Request request) throws Exception {
        for (int i = 0; i < 3; i++) {
            request.run(PILOTS - 1 - i);
        }
        List<Long> times = new ArrayList<>();
        long cpu = serverCpuMillis();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            request.run(i);
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        long cpuPerRequest = cpu < 0 ? -1 : (serverCpuMillis() - cpu) / 10;
        times.sort(null);
        System.out.printf(
                "%-72s %10d   (min %d, max %d)%s%n",
                name,
                (times.get(4) + times.get(5)) / 2,
                times.get(0),
                times.get(9),
                cpuPerRequest < 0 ? "" : "   server CPU " + cpuPerRequest + " ms a request (mean of 10)");
    }

    /**
     * The server process's CPU time (user + system, all threads) when {@code -Dbench.pid=<pid of the server's java>}
     * is given and /proc is readable, else -1: under foreign load the wall times wait for a core, the CPU time not.
     */
    private static long serverCpuMillis() throws java.io.IOException {
        String pid = System.getProperty("bench.pid", "");
        java.nio.file.Path stat = java.nio.file.Path.of("/proc", pid, "stat");
        if (pid.isBlank() || !java.nio.file.Files.isReadable(stat)) {
            return -1;
        }
        String line = java.nio.file.Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        // fields 14 and 15 of proc(5), utime and stime in clock ticks (100 a second on Linux)
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static HttpResponse<String> send(URI base, String method, String path, String type, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/" + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.uri());
        }
        return response.body();
    }

    private static long first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + text);
        }
        return Long.parseLong(m.group(1));
    }
}
