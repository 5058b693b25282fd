package fi.asiointipiste.it;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds test deployments from the war that {@code package} made, so every feature package, library and
 * descriptor is exactly what production runs. Tests add only their own classes.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive application() {
        File war = new File(System.getProperty("asiointipiste.war", "target/asiointipiste.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "asiointipiste.war")
                .importFrom(war)
                .as(WebArchive.class);
        return archive.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
    }

    /** The deployment's base URL on loopback (Micro may report another host name). */
    public static URI loopback(URL url) {
        try {
            return new URI("http", null, "127.0.0.1", url.getPort(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
