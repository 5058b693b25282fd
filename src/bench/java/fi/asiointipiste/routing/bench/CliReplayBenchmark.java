package fi.asiointipiste.routing.bench;

import fi.asiointipiste.routing.engine.VisitGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * End-to-end CLI replay: writes 1,000,000 generated visits to target/bench/visits.csv, then runs
 * {@code java -jar target/asiointipiste-routing.jar simulate ...} as a fresh process several times and prints the
 * wall-clock times and their median (JVM start-up included, as a user would see it).
 */
public final class CliReplayBenchmark {
    private CliReplayBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/asiointipiste-routing.jar");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path dir = Files.createDirectories(Path.of("target/bench"));
        Path visits = dir.resolve("visits.csv");
        Path rules = dir.resolve("seed-routing.dmn");
        try (var in = CliReplayBenchmark.class.getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn")) {
            Files.copy(in, rules, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        VisitGenerator gen = new VisitGenerator(2024);
        try (BufferedWriter w = Files.newBufferedWriter(visits)) {
            w.write("id," + String.join(",", VisitGenerator.INPUTS) + "\n");
            for (int i = 0; i < rows; i++) {
                w.write(VisitGenerator.csvLine(i, gen.next()));
                w.write('\n');
            }
        }
        List<Long> millis = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(
                            "java",
                            "-jar",
                            jar.toString(),
                            "simulate",
                            "--rules",
                            rules.toString(),
                            "--visits",
                            visits.toString(),
                            "--out",
                            dir.resolve("decisions.csv").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("simulate-" + r + ".log").toFile())
                    .start();
            int code = p.waitFor();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (code != 0) {
                throw new IllegalStateException("simulate failed with " + code + ", see " + dir);
            }
            millis.add(ms);
            System.out.printf("run %d: %d ms%n", r + 1, ms);
        }
        Collections.sort(millis);
        System.out.printf(
                "CLI replay of %,d visits: median %d ms over %d runs (min %d, max %d)%n",
                rows, millis.get(millis.size() / 2), runs, millis.get(0), millis.get(millis.size() - 1));
        System.out.print(Files.readString(dir.resolve("simulate-0.log")));
    }
}
