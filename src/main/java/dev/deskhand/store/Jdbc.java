package dev.deskhand.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/** Small helpers shared by the JDBC adapters. */
final class Jdbc {

    static final String UNIQUE_VIOLATION = "23505";

    private Jdbc() {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Runs one parameterised statement in its own connection and returns the update count. */
    static int update(DataSource dataSource, String sql, Object... args) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, args);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not run: " + sql, e);
        }
    }

    static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i] instanceof Instant instant ? utc(instant) : args[i];
            statement.setObject(i + 1, arg);
        }
    }
}
