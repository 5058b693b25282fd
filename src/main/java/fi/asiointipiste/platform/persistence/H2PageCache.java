package fi.asiointipiste.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sizes the embedded H2's page cache from the heap: a share of the JVM's maximum heap, in kilobytes
 * ({@code SET CACHE_SIZE}). H2 keeps the size in the database file and caps it at half the heap when it opens the
 * file, so without this the cache depends on the heap the file was made with, not on the server's; and a year of
 * stored visits that does not fit is read and decoded from the file again on every simulation. Only for H2
 * (PostgreSQL has its own buffers); a connection without the right to change it (a restricted role) leaves H2's
 * setting.
 */
public final class H2PageCache {

    private static final Logger LOG = Logger.getLogger(H2PageCache.class.getName());

    /** The share of the heap the cache gets unless configured ({@code asiointipiste.db.h2-cache-share}). */
    public static final double DEFAULT_SHARE = 0.5;

    private H2PageCache() {}

    /** The cache size in kilobytes for a heap of {@code maxHeapBytes}: the share, at least H2's minimum of 1 MB. */
    public static long kilobytes(long maxHeapBytes, double share) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("the cache's share of the heap must lie between 0 and 1: " + share);
        }
        return Math.max(1024, (long) (maxHeapBytes * share) / 1024);
    }

    /**
     * Sets the cache of the H2 database behind {@code dataSource} to {@code share} of this JVM's maximum heap;
     * answers the size set in kilobytes, or -1 when the database is not H2 or the setting was refused.
     */
    public static long size(DataSource dataSource, double share) {
        long kb = kilobytes(Runtime.getRuntime().maxMemory(), share);
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().startsWith("H2")) {
                return -1;
            }
            try (Statement s = c.createStatement()) {
                s.execute("SET CACHE_SIZE " + kb);
            }
            LOG.info(() -> "H2 page cache set to " + (kb >> 10) + " MB (" + share + " of the heap)");
            return kb;
        } catch (SQLException e) {
            LOG.warning(() -> "H2 page cache left as it is: " + e.getMessage());
            return -1;
        }
    }
}
