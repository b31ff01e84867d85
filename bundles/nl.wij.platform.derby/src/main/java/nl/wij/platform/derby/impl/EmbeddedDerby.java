package nl.wij.platform.derby.impl;

import java.io.File;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.db.DatabaseStatus;

/**
 * The platform database: an embedded Derby database in {@code <data dir>/db}. It is booted when
 * the component activates and shut down cleanly when it deactivates (framework stop, SIGTERM), so
 * the next start needs no recovery. Engine-wide Derby settings (derby.log, derby.properties) follow
 * the system property {@code derby.system.home}, which the launcher sets to the data directory.
 * <p>
 * The database runs with SQL authorization ({@code derby.database.sqlAuthorization=true}, recorded
 * in the database once, for a database that does not have it yet; that takes effect at the next
 * boot, so the database is booted again, unless the launcher has set the same system property, with
 * which Derby applies it from the first boot on): platform code connects as the
 * owner ({@code APP}, who created the database and may do everything), and
 * {@link #connectRestricted} gives a read-only connection as another user, who may read only what
 * was granted to it. No network server runs, so only code in this process can connect at all.
 */
@Component(service = Database.class)
@Designate(ocd = EmbeddedDerby.Config.class)
public final class EmbeddedDerby implements Database {

    @ObjectClassDefinition(name = "WIJ embedded database", description = "The embedded Derby database of WIJ.")
    public @interface Config {
        @AttributeDefinition(name = "Database directory",
                description = "Directory of the Derby database; empty means <wij.data>/db.")
        String directory() default "";
    }

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDerby.class);

    /** SQLState Derby reports for a successful shutdown of a single database. */
    private static final String SHUTDOWN_OK = "08006";

    private static final String DERBY_BSN = "derby";
    private static final String SQL_AUTHORIZATION = "derby.database.sqlAuthorization";
    /** The owner and Derby's default user: never a restricted user. */
    private static final String OWNER = "APP";
    private static final Pattern USER = Pattern.compile("[A-Z][A-Z0-9_]{0,127}");

    private final Driver driver;
    private final String url;
    private final String location;

    @Activate
    public EmbeddedDerby(Config config, BundleContext context) throws SQLException {
        File directory = config.directory().isBlank()
                ? new File(dataDirectory(context), "db")
                : new File(config.directory());
        this.location = directory.getAbsolutePath();
        this.url = "jdbc:derby:" + location;
        this.driver = derbyDriver(context);
        boolean authorization;
        try (Connection connection = driver.connect(url + ";create=true", new Properties())) {
            DatabaseMetaData meta = connection.getMetaData();
            LOG.info("Database open: {} {} in {}", meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                    location);
            authorization = sqlAuthorization(connection);
            if (!authorization) {
                try (Statement s = connection.createStatement()) {
                    s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('" + SQL_AUTHORIZATION + "', 'true')");
                }
            }
        }
        if (!authorization && !Boolean.getBoolean(SQL_AUTHORIZATION)) {
            shutdown();
            try (Connection connection = connect()) {
                LOG.info("SQL authorization switched on for {}: {}", location, sqlAuthorization(connection));
            }
        }
    }

    private static boolean sqlAuthorization(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('" + SQL_AUTHORIZATION + "')")) {
            return r.next() && "true".equalsIgnoreCase(r.getString(1));
        }
    }

    /**
     * Derby's driver class is not in an exported package, and {@code DriverManager} hides drivers
     * whose class the caller cannot load. So the driver is found the JDBC way, through
     * {@link ServiceLoader}, but with the class loader of the Derby bundle (required in bnd.bnd).
     */
    private static Driver derbyDriver(BundleContext context) throws SQLException {
        for (Bundle bundle : context.getBundles()) {
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (DERBY_BSN.equals(bundle.getSymbolicName()) && wiring != null) {
                for (Driver candidate : ServiceLoader.load(Driver.class, wiring.getClassLoader())) {
                    if (candidate.acceptsURL("jdbc:derby:x")) {
                        return candidate;
                    }
                }
            }
        }
        throw new SQLException("The Derby bundle '" + DERBY_BSN + "' is not resolved or offers no JDBC driver");
    }

    private static File dataDirectory(BundleContext context) {
        String data = context.getProperty("wij.data");
        return new File(data == null || data.isBlank() ? "wij-data" : data);
    }

    @Override
    public Connection connect() throws SQLException {
        Connection connection = driver.connect(url, new Properties());
        if (connection == null) {
            throw new SQLException("Derby driver refused " + url);
        }
        return connection;
    }

    @Override
    public Connection connectRestricted(String user) throws SQLException {
        String name = user == null ? "" : user.toUpperCase(Locale.ROOT);
        if (!USER.matcher(name).matches() || name.equals(OWNER)) {
            throw new SQLException("'" + user + "' is geen toegestane beperkte databasegebruiker.");
        }
        Properties properties = new Properties();
        properties.setProperty("user", name);
        properties.setProperty("password", "");
        Connection connection = driver.connect(url, properties);
        if (connection == null) {
            throw new SQLException("Derby driver refused " + url);
        }
        connection.setReadOnly(true);
        return connection;
    }

    @Override
    public DatabaseStatus status() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeQuery("VALUES 1").close();
            DatabaseMetaData meta = connection.getMetaData();
            return new DatabaseStatus(true, meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(),
                    "embedded");
        } catch (SQLException e) {
            return new DatabaseStatus(false, "Apache Derby", e.getMessage());
        }
    }

    @Deactivate
    void shutdown() {
        try {
            driver.connect(url + ";shutdown=true", new Properties());
            LOG.warn("Derby did not confirm the shutdown of {}", location);
        } catch (SQLException e) {
            if (SHUTDOWN_OK.equals(e.getSQLState())) {
                LOG.info("Database closed: {}", location);
            } else {
                LOG.error("Database {} did not shut down cleanly: {}", location, e.getMessage());
            }
        }
    }
}
