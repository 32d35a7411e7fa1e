package dev.deskhand.store;

import static dev.deskhand.store.EscalationTransactions.utc;

import dev.deskhand.escalation.OutboxMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Inserts outbox rows inside the caller's transaction. */
final class EscalationOutboxRows {
    /** The page kinds, as a fixed SQL list: they are sent in a lane of their own. */
    static final String PAGE_KINDS = "('PAGE_TRIGGER', 'PAGE_RESOLVE')";

    private EscalationOutboxRows() {
    }

    /** @param eventId the audit event written in the same transaction, linked to NOTE messages; may be null */
    static void insert(Connection connection, List<OutboxMessage> messages, Long eventId, Instant now)
            throws SQLException {
        insert(connection, messages, eventId, now, null);
    }

    /**
     * Like {@link #insert(Connection, List, Long, Instant)}; page messages go through the page ledger first, which
     * drops a trigger while a page is open (or this cycle had one) and a resolution with no page to resolve.
     *
     * @param cause why page triggers are owed; required when {@code messages} hold any
     */
    static void insert(Connection connection, List<OutboxMessage> messages, Long eventId, Instant now,
                       PageCause cause) throws SQLException {
        for (OutboxMessage message : messages) {
            if (message.kind() == OutboxMessage.Kind.PAGE_TRIGGER) {
                if (cause == null) {
                    throw new IllegalArgumentException("a page trigger for " + message.key() + " needs its cause");
                }
                Optional<Long> page = EscalationPageRows.open(connection, message.key(), message.detail(), cause, now);
                if (page.isPresent()) {
                    row(connection, message, null, page.get(), now);
                }
            } else if (message.kind() == OutboxMessage.Kind.PAGE_RESOLVE) {
                for (long page : EscalationPageRows.resolve(connection, message.key(), message.detail(), now)) {
                    row(connection, message, null, page, now);
                }
            } else {
                row(connection, message, message.kind() == OutboxMessage.Kind.NOTE ? eventId : null, null, now);
            }
        }
    }

    private static void row(Connection connection, OutboxMessage message, Long eventId, Long pageId, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO escalation_outbox "
                + "(escalation_id, kind, event_id, detail, created_at, next_attempt_at, attempts, page_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, 0, ?)")) {
            insert.setLong(1, message.key().number());
            insert.setString(2, message.kind().name());
            if (eventId != null) {
                insert.setLong(3, eventId);
            } else {
                insert.setNull(3, Types.BIGINT);
            }
            insert.setString(4, message.detail());
            insert.setObject(5, utc(now));
            insert.setObject(6, utc(now));
            if (pageId != null) {
                insert.setLong(7, pageId);
            } else {
                insert.setNull(7, Types.BIGINT);
            }
            insert.executeUpdate();
        }
    }
}
