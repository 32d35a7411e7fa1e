package dev.deskhand.store;

import static dev.deskhand.store.EscalationTransactions.utc;

import dev.deskhand.escalation.OutboxMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/** Inserts outbox rows inside the caller's transaction. */
final class EscalationOutboxRows {
    private EscalationOutboxRows() {
    }

    /** @param eventId the audit event written in the same transaction, linked to NOTE messages; may be null */
    static void insert(Connection connection, List<OutboxMessage> messages, Long eventId, Instant now)
            throws SQLException {
        if (messages.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO escalation_outbox "
                + "(escalation_id, kind, event_id, detail, created_at, next_attempt_at, attempts) "
                + "VALUES (?, ?, ?, ?, ?, ?, 0)")) {
            for (OutboxMessage message : messages) {
                insert.setLong(1, message.key().number());
                insert.setString(2, message.kind().name());
                if (message.kind() == OutboxMessage.Kind.NOTE && eventId != null) {
                    insert.setLong(3, eventId);
                } else {
                    insert.setNull(3, Types.BIGINT);
                }
                insert.setString(4, message.detail());
                insert.setObject(5, utc(now));
                insert.setObject(6, utc(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
