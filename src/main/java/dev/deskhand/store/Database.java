package dev.deskhand.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.deskhand.config.DatabaseSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool and the schema. {@link #migrate()} applies the versioned migrations under
 * {@code db/migration}; the same files run on H2 and PostgreSQL.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final String schema;
    private final String jdbcUrl;
    private final String redactedUrl;
    private final Duration startWait;
    private volatile boolean migrated;

    public Database(DatabaseSettings settings) {
        this(settings, null, null);
    }

    /** A database whose tables live in {@code schema} (tests isolate themselves in a schema of their own). */
    public Database(DatabaseSettings settings, String schema) {
        this(settings, schema, null);
    }

    /** @param metrics where the pool reports its gauges (connections in use, waits), or null */
    public Database(DatabaseSettings settings, String schema, MeterRegistry metrics) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        settings.user().ifPresent(config::setUsername);
        settings.password().ifPresent(config::setPassword);
        config.setPoolName("deskhand");
        config.setMaximumPoolSize(settings.isEmbedded() ? 8 : 10);
        config.setConnectionTimeout(5_000);
        // Fail at the first use rather than at construction, so /readyz can report a database that is down.
        config.setInitializationFailTimeout(-1);
        if (schema != null) {
            config.setSchema(schema);
        }
        if (metrics != null) {
            config.setMetricRegistry(metrics);
        }
        this.schema = schema;
        this.jdbcUrl = settings.jdbcUrl();
        this.redactedUrl = settings.redactedUrl();
        this.startWait = settings.startWait();
        this.dataSource = new HikariDataSource(config);
    }

    /**
     * Applies pending migrations; safe to call from several replicas at once (Flyway locks). The first use of the
     * database, so an embedded file that cannot be read is reported here as {@link DatabaseCorrupted}, and a database
     * that gives no connection within the settings' start wait as {@link DatabaseUnreachable}.
     *
     * @return how many migrations were applied; 0 also when the schema was found current without asking Flyway
     */
    public int migrate() {
        try {
            PackagedMigrations packaged = PackagedMigrations.load();
            if (schemaIsCurrent(packaged)) {
                migrated = true;
                log.info("Database schema is current (all {} packaged migrations applied)", packaged.entries().size());
                return 0;
            }
            return applyMigrations();
        } catch (RuntimeException e) {
            throw DatabaseCorrupted.of(e, jdbcUrl).orElseThrow(() -> e);
        }
    }

    /**
     * Waits for the first connection, then asks the history table whether every packaged migration is applied. A
     * start on a loaded machine (or a database still booting beside us) can take longer than the pool's 5 s per
     * request, so the pool is asked again until the start wait has passed.
     */
    private boolean schemaIsCurrent(PackagedMigrations packaged) {
        long deadline = System.nanoTime() + startWait.toNanos();
        int attempts = 0;
        while (true) {
            attempts++;
            try (Connection connection = dataSource.getConnection()) {
                return packaged.allAppliedIn(connection);
            } catch (SQLException e) {
                if (DatabaseCorrupted.of(e, jdbcUrl).isPresent()) {
                    throw DatabaseCorrupted.of(e, jdbcUrl).get();
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new DatabaseUnreachable(redactedUrl, startWait, e);
                }
                log.warn("No database connection yet (attempt {}): {}; waiting up to {} s in all", attempts,
                        DatabaseUnreachable.reason(e), startWait.toSeconds());
            }
        }
    }

    private int applyMigrations() {
        var flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Migration numbers are handed out to parallel work ahead of time, so one may land after a higher one
                // (V11 after V12): a database already at V12 applies V11 then instead of refusing to start.
                .outOfOrder(true)
                .failOnMissingLocations(true);
        if (schema != null) {
            flyway = flyway.schemas(schema).defaultSchema(schema);
        }
        int applied = flyway.load().migrate().migrationsExecuted;
        migrated = true;
        log.info("Database schema is current ({} migration(s) applied)", applied);
        return applied;
    }

    /** True when migrated and a connection answers within a second. */
    public boolean isReady() {
        if (!migrated) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
