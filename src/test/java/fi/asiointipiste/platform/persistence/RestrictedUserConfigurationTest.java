package fi.asiointipiste.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every configured way to run the application connects its pool as a user other than the schema's owner, so that the
 * grants of {@link ApplicationRole} hold it back (the audit trail append-only): the README's run command (the
 * payara-micro-maven-plugin's options in pom.xml), the integration tests (arquillian.xml, every container) and the
 * production example. On H2 the application's URL never creates the database and carries no admin-only setting.
 */
class RestrictedUserConfigurationTest {

    private static final Pattern OPTION = Pattern.compile("-D(asiointipiste\\.db\\.[a-z-]+)=([^<\\s]+)");

    @Test
    void theReadmeRunCommandConnectsAsTheRestrictedUserAndTheOldDemoOwnerMigrates() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String plugin = pom.substring(pom.indexOf("<artifactId>payara-micro-maven-plugin</artifactId>"));
        Map<String, String> db = options(plugin.substring(0, plugin.indexOf("</javaCommandLineOptions>")));
        assertRestricted(db);
        // The user that created every earlier demo folder stays its owner: an old data/ still starts.
        assertThat(db).containsEntry("asiointipiste.db.owner-user", "asiointipiste");
        assertThat(db).containsEntry("asiointipiste.db.owner-password", "demo-only");
        assertThat(db.get("asiointipiste.db.owner-url")).contains("WRITE_DELAY=0");
    }

    @Test
    void everyTestContainerConnectsAsTheRestrictedUser() throws IOException {
        String arquillian = Files.readString(Path.of("src/test/resources/arquillian.xml"));
        Matcher containers = Pattern.compile("<property name=\"cmdOptions\">([^<]*)</property>")
                .matcher(arquillian);
        int found = 0;
        while (containers.find()) {
            assertRestricted(options(containers.group(1)));
            found++;
        }
        assertThat(found).as("the containers (default, security, bulk)").isEqualTo(3);
    }

    @Test
    void theProductionExampleConnectsAsTheApplicationsRole() throws IOException {
        Properties production = new Properties();
        try (var in = Files.newBufferedReader(Path.of("config/production.properties"))) {
            production.load(in);
        }
        assertThat(production.getProperty("asiointipiste.db.owner-user")).isNotBlank();
        assertThat(production.getProperty("asiointipiste.db.user"))
                .isNotBlank()
                .isNotEqualToIgnoringCase(production.getProperty("asiointipiste.db.owner-user"));
    }

    private static void assertRestricted(Map<String, String> db) {
        assertThat(db).containsKeys("asiointipiste.db.user", "asiointipiste.db.owner-user");
        assertThat(db.get("asiointipiste.db.user")).isNotEqualToIgnoringCase(db.get("asiointipiste.db.owner-user"));
        String url = db.get("asiointipiste.db.url");
        if (url.startsWith("jdbc:h2:")) {
            assertThat(url)
                    .contains("IFEXISTS=TRUE")
                    .doesNotContain("WRITE_DELAY")
                    .doesNotContain("DB_CLOSE_DELAY");
            assertThat(db).containsKey("asiointipiste.db.owner-url");
        }
    }

    private static Map<String, String> options(String text) {
        Map<String, String> db = new TreeMap<>();
        Matcher m = OPTION.matcher(text);
        while (m.find()) {
            db.put(m.group(1), m.group(2));
        }
        return db;
    }
}
