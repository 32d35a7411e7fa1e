package dev.deskhand.testing;

import dev.deskhand.config.DatabaseSettings;
import dev.deskhand.store.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A migrated database in a fresh PostgreSQL schema, from {@code DESKHAND_TEST_POSTGRES_URL}. When the variable is
 * set the test must run, so an unreachable server fails it loudly; when it is unset the test is skipped, except on
 * CI ({@code CI=true}), where a missing PostgreSQL is an error.
 */
public final class PostgresTestDatabase implements AutoCloseable {

    public static final String ENV = "DESKHAND_TEST_POSTGRES_URL";

    private final String url;
    private final String schema;
    private final Database database;

    private PostgresTestDatabase(String url) {
        this.url = url;
        this.schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new AssertionError(ENV + " is set to " + url + " but PostgreSQL is unreachable: " + e.getMessage(), e);
        }
        this.database = new Database(new DatabaseSettings(url, Optional.empty(), Optional.empty()), schema);
        database.migrate();
    }

    /** Opens one, or skips / fails the calling test as described above. */
    public static PostgresTestDatabase open() {
        Optional<String> url = url();
        if (url.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(ENV + " is not set on CI; PostgreSQL tests must run there (see .ci/run).");
            }
            Assumptions.abort(ENV + " is not set; skipping the PostgreSQL variant outside CI.");
        }
        return new PostgresTestDatabase(url.get());
    }

    public static Optional<String> url() {
        return Optional.ofNullable(System.getenv(ENV)).filter(s -> !s.isBlank());
    }

    public Database database() {
        return database;
    }

    /** Settings pointing at the same schema, e.g. to start a second app instance on the same database. */
    public String jdbcUrlWithSchema() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void close() {
        database.close();
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            // The schema has a random name; leaving it behind after a failure harms nothing.
        }
    }
}
