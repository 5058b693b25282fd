package fi.asiointipiste.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** Hands out the application's data source to the few places that need plain JDBC (migrations, bulk loads). */
@ApplicationScoped
public class Databases {

    public static final String JNDI_NAME = "java:app/jdbc/asiointipiste";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    public DataSource dataSource() {
        return dataSource;
    }
}
