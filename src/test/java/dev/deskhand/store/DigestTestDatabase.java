package dev.deskhand.store;

import dev.deskhand.config.DatabaseSettings;
import dev.deskhand.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A migrated, throw-away database for digest store tests: an in-memory H2, or a fresh PostgreSQL schema through
 * {@link PostgresTestDatabase} (skipped when {@code DESKHAND_TEST_POSTGRES_URL} is unset, failing when it is set but
 * unreachable). {@link #open()} hands out further pools onto the same data, as separate replicas would have.
 */
final class DigestTestDatabase implements AutoCloseable {

    enum Kind { H2, POSTGRES }

    private final DatabaseSettings settings;
    private final Database database;
    private final PostgresTestDatabase postgres;
    private final List<Database> replicas = new ArrayList<>();

    private DigestTestDatabase(DatabaseSettings settings, Database database, PostgresTestDatabase postgres) {
        this.settings = settings;
        this.database = database;
        this.postgres = postgres;
    }

    static DigestTestDatabase create(Kind kind) {
        if (kind == Kind.POSTGRES) {
            PostgresTestDatabase postgres = PostgresTestDatabase.open();
            DatabaseSettings settings = new DatabaseSettings(postgres.jdbcUrlWithSchema(), Optional.empty(),
                    Optional.empty());
            return new DigestTestDatabase(settings, postgres.database(), postgres);
        }
        DatabaseSettings settings = DatabaseSettings.inMemory("digest-" + UUID.randomUUID());
        Database database = new Database(settings);
        database.migrate();
        return new DigestTestDatabase(settings, database, null);
    }

    DataSource dataSource() {
        return database.dataSource();
    }

    /** Another connection pool onto the same data. */
    DataSource open() {
        Database replica = new Database(settings);
        replicas.add(replica);
        return replica.dataSource();
    }

    @Override
    public void close() throws SQLException {
        replicas.forEach(Database::close);
        if (postgres != null) {
            postgres.close();
            return;
        }
        database.close();
        // DB_CLOSE_DELAY=-1 keeps an in-memory H2 alive until it is shut down explicitly.
        Connection connection = DriverManager.getConnection(settings.jdbcUrl());
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
