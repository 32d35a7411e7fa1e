package dev.deskhand.store;

import dev.deskhand.slack.EventReceipts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/** Event receipts in the {@code event_receipt} table; the primary key makes the first replica win. */
public final class JdbcEventReceipts implements EventReceipts {

    private final DataSource dataSource;

    public JdbcEventReceipts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean firstDelivery(String eventId, Instant receivedAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO event_receipt (event_id, received_at) VALUES (?, ?)")) {
            Jdbc.bind(insert, eventId, receivedAt);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (Jdbc.isUniqueViolation(e)) {
                return false;
            }
            throw new StoreException("Could not record event " + eventId, e);
        }
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        return Jdbc.update(dataSource, "DELETE FROM event_receipt WHERE received_at < ?", cutoff);
    }
}
