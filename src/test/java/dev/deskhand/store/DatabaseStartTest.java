package dev.deskhand.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.config.DatabaseSettings;
import dev.deskhand.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Start-up against the real migrations: Flyway on a fresh database, one query on a current one. */
class DatabaseStartTest {

    private static final int PACKAGED = 14;

    @Test
    void freshDatabaseGetsEveryPackagedMigrationFromFlyway() {
        try (Database database = new Database(DatabaseSettings.inMemory("start-" + UUID.randomUUID()))) {
            assertEquals(PACKAGED, PackagedMigrations.load().entries().size());
            assertEquals(PACKAGED, database.migrate());
            assertTrue(database.isReady());
        }
    }

    @Test
    void theChecksumsMatchWhatFlywayRecorded() throws SQLException {
        try (Database database = new Database(DatabaseSettings.inMemory("start-" + UUID.randomUUID()))) {
            database.migrate();
            assertEquals(recorded(database), PackagedMigrations.load().entries());
        }
    }

    @Test
    void aRestartOnACurrentSchemaSkipsFlywayAndIsReady() {
        DatabaseSettings settings = DatabaseSettings.inMemory("start-" + UUID.randomUUID());
        try (Database first = new Database(settings); Database second = new Database(settings)) {
            first.migrate();
            assertEquals(0, second.migrate());
            assertTrue(second.isReady());
        }
    }

    @Test
    void aChangedMigrationIsLeftToFlywayWhichRefusesIt() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.inMemory("start-" + UUID.randomUUID());
        try (Database first = new Database(settings); Database second = new Database(settings)) {
            first.migrate();
            execute(first, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '3'");
            try (Connection connection = second.dataSource().getConnection()) {
                assertFalse(PackagedMigrations.load().allAppliedIn(connection));
            }
            RuntimeException refused = assertThrows(RuntimeException.class, second::migrate);
            assertTrue(String.valueOf(refused.getMessage()).contains("checksum"), refused.getMessage());
            assertFalse(second.isReady());
        }
    }

    @Test
    void aMissingOrFailedRowIsNotCurrent() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.inMemory("start-" + UUID.randomUUID());
        try (Database database = new Database(settings)) {
            database.migrate();
            execute(database, "UPDATE flyway_schema_history SET success = FALSE WHERE version = '14'");
            try (Connection connection = database.dataSource().getConnection()) {
                assertFalse(PackagedMigrations.load().allAppliedIn(connection));
            }
            execute(database, "DELETE FROM flyway_schema_history WHERE version = '14'");
            try (Connection connection = database.dataSource().getConnection()) {
                assertFalse(PackagedMigrations.load().allAppliedIn(connection));
            }
        }
    }

    @Test
    void aSecondReplicaOnACurrentPostgresSchemaSkipsFlyway() throws SQLException {
        try (PostgresTestDatabase postgres = PostgresTestDatabase.open();
             Database replica = new Database(new DatabaseSettings(postgres.jdbcUrlWithSchema(), Optional.empty(),
                     Optional.empty()))) {
            assertEquals(recorded(postgres.database()), PackagedMigrations.load().entries());
            assertEquals(0, replica.migrate());
            assertTrue(replica.isReady());
        }
    }

    @Test
    void noConnectionWithinTheStartWaitStopsWithOneLineSayingWhatToCheck() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/deskhand", Optional.of("app"),
                Optional.of("secret")).withStartWait(Duration.ofSeconds(1));
        try (Database database = new Database(settings)) {
            DatabaseUnreachable failure = assertThrows(DatabaseUnreachable.class, database::migrate);
            assertEquals("no connection to the database at jdbc:postgresql://127.0.0.1:1/deskhand within 1 s "
                    + "(Connection refused); check DATABASE_URL, that the database is running and reachable from "
                    + "here, and its user name and password (or raise DATABASE_START_WAIT on a slow machine)",
                    failure.getMessage());
            assertFalse(database.isReady());
        }
    }

    private static Set<PackagedMigrations.Entry> recorded(Database database) throws SQLException {
        Set<PackagedMigrations.Entry> rows = new HashSet<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version, script, checksum FROM flyway_schema_history "
                     + "WHERE version IS NOT NULL")) {
            while (rs.next()) {
                rows.add(new PackagedMigrations.Entry(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return rows;
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
