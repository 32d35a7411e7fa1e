package dev.deskhand.store;

import dev.deskhand.tickets.TicketStatuses;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link TicketStatuses} over {@code ticket_statuses} (V14). */
public final class JdbcTicketStatuses implements TicketStatuses {
    private static final int MAX_STATUS = 32;

    private final DataSource dataSource;

    public JdbcTicketStatuses(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void remember(String ticket, String status, Instant at) {
        String value = status.length() > MAX_STATUS ? status.substring(0, MAX_STATUS) : status;
        // Update first, insert when there was nothing; two lookups of one ticket racing: the loser's insert fails on
        // the key and it updates instead (MERGE and ON CONFLICT are not portable).
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                if (Jdbc.update(dataSource, "UPDATE ticket_statuses SET status = ?, seen_at = ? WHERE ticket = ?",
                        value, at, ticket) == 0) {
                    Jdbc.update(dataSource, "INSERT INTO ticket_statuses (ticket, status, seen_at) VALUES (?, ?, ?)",
                            ticket, value, at);
                }
                return;
            } catch (StoreException e) {
                if (attempt == 0 && e.getCause() instanceof SQLException sql && Jdbc.isUniqueViolation(sql)) {
                    continue;
                }
                throw e;
            }
        }
    }

    @Override
    public Optional<String> status(String ticket) {
        if (ticket == null) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT status FROM ticket_statuses WHERE ticket = ?")) {
            select.setString(1, ticket);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the status of ticket " + ticket, e);
        }
    }
}
