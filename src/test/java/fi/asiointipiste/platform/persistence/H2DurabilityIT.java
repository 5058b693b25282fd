package fi.asiointipiste.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An acknowledged commit survives the process being killed: a child JVM commits rows into an H2 file database
 * opened with the application's settings (WRITE_DELAY=0), reports each commit, and is killed with SIGKILL right
 * after; every reported row must be there when the database is opened again.
 */
class H2DurabilityIT {

    @Test
    void everyAcknowledgedCommitSurvivesAKill() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "durability");
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db") + ";WRITE_DELAY=0";
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Writer.class.getName(),
                        url)
                .redirectErrorStream(true)
                .start();
        long acknowledged = 0;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    acknowledged = Long.parseLong(line.substring(10));
                    if (acknowledged >= 200) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).isGreaterThanOrEqualTo(200);
        try (Connection c = DriverManager.getConnection(url, "sa", "sa");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(id) FROM acknowledged")) {
            rs.next();
            assertThat(rs.getLong(2)).isGreaterThanOrEqualTo(acknowledged);
            assertThat(rs.getLong(1)).isEqualTo(rs.getLong(2));
        }
    }

    /** The child: commits one row at a time and reports each commit only after it returned. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection(args[0], "sa", "sa");
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS acknowledged (id BIGINT PRIMARY KEY, payload VARCHAR(200))");
                c.setAutoCommit(false);
                for (long id = 1; id < 1_000_000; id++) {
                    s.execute("INSERT INTO acknowledged VALUES (" + id + ", 'visit closed at the desk')");
                    c.commit();
                    System.out.println("committed " + id);
                    System.out.flush();
                }
            }
        }
    }
}
