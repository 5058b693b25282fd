package fi.asiointipiste.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** H2's page cache sized from the heap. */
class H2PageCacheTest {

    @Test
    void theCacheIsTheShareOfTheHeapInKilobytesAtLeastOneMegabyte() {
        assertThat(H2PageCache.kilobytes(4L << 30, 0.5)).isEqualTo(2L << 20); // 4 GB heap: 2 GB
        assertThat(H2PageCache.kilobytes(1L << 30, 0.25)).isEqualTo(256L << 10); // 1 GB heap: 256 MB
        assertThat(H2PageCache.kilobytes(1L << 20, 0.5)).isEqualTo(1024);
        assertThatThrownBy(() -> H2PageCache.kilobytes(1L << 30, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> H2PageCache.kilobytes(1L << 30, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> H2PageCache.kilobytes(1L << 30, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void setsTheCacheOfTheDatabase() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:cache" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        long kb = H2PageCache.size(ds, 0.3);
        assertThat(kb).isEqualTo(H2PageCache.kilobytes(Runtime.getRuntime().maxMemory(), 0.3));
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'")) {
            assertThat(rs.next()).isTrue();
            assertThat(Long.parseLong(rs.getString(1))).isEqualTo(kb);
        }
    }

    @Test
    void aUserWithoutTheRightLeavesTheCacheAsItIs() throws Exception {
        JdbcDataSource admin = new JdbcDataSource();
        String url = "jdbc:h2:mem:cacheuser" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        admin.setURL(url);
        admin.setUser("sa");
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE USER app PASSWORD 'app'");
        }
        JdbcDataSource app = new JdbcDataSource();
        app.setURL(url);
        app.setUser("app");
        app.setPassword("app");
        assertThat(H2PageCache.size(app, 0.3)).isEqualTo(-1);
    }
}
