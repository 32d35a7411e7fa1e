package dev.deskhand.store;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

/**
 * A migrated, throw-away database for digest store tests: an in-memory H2 in PostgreSQL mode, or a fresh schema in
 * the PostgreSQL named by {@code DESKHAND_TEST_POSTGRES_URL} (skipped when unset, a failure when set but
 * unreachable). {@link #open()} hands out independent pools onto the same data, as separate replicas would have.
 */
final class DigestTestDatabase implements AutoCloseable {

    static final String POSTGRES_ENV = "DESKHAND_TEST_POSTGRES_URL";

    enum Kind { H2, POSTGRES }

    private final Kind kind;
    private final String url;
    private final String schema;
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final DataSource dataSource;

    private DigestTestDatabase(Kind kind, String url, String schema) {
        this.kind = kind;
        this.url = url;
        this.schema = schema;
        this.dataSource = open();
        Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/migration").load().migrate();
    }

    static DigestTestDatabase create(Kind kind) {
        return kind == Kind.H2 ? h2() : postgres();
    }

    static DigestTestDatabase h2() {
        String name = "digest_" + UUID.randomUUID().toString().replace("-", "");
        return new DigestTestDatabase(Kind.H2, "jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "public");
    }

    static DigestTestDatabase postgres() {
        String url = System.getenv(POSTGRES_ENV);
        Assumptions.assumeTrue(url != null && !url.isBlank(), POSTGRES_ENV + " is not set");
        String schema = "digest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try {
            return new DigestTestDatabase(Kind.POSTGRES, url, schema);
        } catch (RuntimeException e) {
            return fail(POSTGRES_ENV + " is set but the database cannot be used: " + e.getMessage(), e);
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    Kind kind() {
        return kind;
    }

    /** A separate connection pool onto the same data. */
    DataSource open() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(3);
        config.setSchema(schema);
        config.setInitializationFailTimeout(5_000);
        config.setConnectionTimeout(5_000);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (kind == Kind.POSTGRES) {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        } finally {
            pools.forEach(HikariDataSource::close);
        }
        if (kind == Kind.H2) {
            // DB_CLOSE_DELAY=-1 keeps the in-memory database until it is shut down explicitly.
            Connection c = DriverManager.getConnection(url);
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }
}
