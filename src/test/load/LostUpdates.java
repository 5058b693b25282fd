import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lost-update proof (docs/operations.md): PAIRS pairs of concurrent edits of one visit through the API. Both edits of a
 * pair name the same version (If-Match) and set different values, released together from a barrier; the API must let
 * exactly one win (200) and refuse the other (412), and the visit must then hold the winner's value. A pair where both
 * answer 200 is a silent overwrite (a lost update). Loopback only.
 *
 *   java src/test/load/LostUpdates.java http://127.0.0.1:8825 <clerk API token> <point id> [pairs=1000]
 */
public class LostUpdates {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern LANGUAGE = Pattern.compile("\"language\":\"(\\w+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = "Bearer " + args[1];
        String point = args[2];
        int pairs = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> created = http.send(request(base + "/api/visits", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"servicePointId\": " + point + ", \"serveNow\": true}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("walk-in refused: " + created.statusCode() + " " + created.body());
        }
        Matcher m = ID.matcher(created.body());
        m.find();
        String visit = base + "/api/visits/" + m.group(1);

        int oneWon = 0;
        int overwrites = 0;
        int bothRefused = 0;
        int wrongValue = 0;
        int other = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long started = System.nanoTime();
        try {
            for (int pair = 0; pair < pairs; pair++) {
                HttpResponse<String> now = http.send(request(visit, token).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                String etag = now.headers().firstValue("ETag").orElseThrow();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<HttpResponse<String>>> edits = new ArrayList<>();
                for (String language : pair % 2 == 0 ? List.of("fi", "sv") : List.of("en", "other")) {
                    edits.add(pool.submit(() -> {
                        together.await();
                        return http.send(request(visit, token).header("If-Match", etag)
                                .setHeader("Content-Type", "application/merge-patch+json")
                                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                                        "{\"language\": \"" + language + "\"}")).build(),
                                HttpResponse.BodyHandlers.ofString());
                    }));
                }
                HttpResponse<String> a = edits.get(0).get();
                HttpResponse<String> b = edits.get(1).get();
                int ok = (a.statusCode() == 200 ? 1 : 0) + (b.statusCode() == 200 ? 1 : 0);
                int stale = (a.statusCode() == 412 ? 1 : 0) + (b.statusCode() == 412 ? 1 : 0);
                if (ok == 2) {
                    overwrites++;
                } else if (ok == 1 && stale == 1) {
                    oneWon++;
                    HttpResponse<String> winner = a.statusCode() == 200 ? a : b;
                    String stored = language(http.send(request(visit, token).GET().build(),
                            HttpResponse.BodyHandlers.ofString()).body());
                    if (!stored.equals(language(winner.body()))) {
                        wrongValue++;
                    }
                } else if (stale == 2) {
                    bothRefused++;
                } else {
                    other++;
                    System.out.println("pair " + pair + ": " + a.statusCode() + " " + a.body() + " / " + b.statusCode()
                            + " " + b.body());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%d pairs of concurrent edits of one visit in %.1f s: one won and one was refused (412) %d; "
                + "both won (silent overwrite) %d; both refused %d; other answers %d; stored value not the winner's %d%n",
                pairs, seconds, oneWon, overwrites, bothRefused, other, wrongValue);
        System.exit(overwrites == 0 && wrongValue == 0 && other == 0 ? 0 : 1);
    }

    private static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", token)
                .header("Accept", "application/json").header("Content-Type", "application/json");
    }

    private static String language(String body) {
        Matcher m = LANGUAGE.matcher(body);
        return m.find() ? m.group(1) : "";
    }
}
