package dev.deskhand.store;

import static dev.deskhand.store.EscalationTransactions.utc;

import dev.deskhand.escalation.Action;
import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.escalation.EscalationKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Writes and reads the audit trail inside the caller's transaction. */
final class EscalationEventRows {
    private static final String SELECT = "SELECT escalation_id, actor, action, from_value, to_value, note, occurred_at "
            + "FROM escalation_events ";

    private EscalationEventRows() {
    }

    /** @return the new event's id */
    static long insert(Connection connection, AuditEvent event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO escalation_events "
                + "(escalation_id, actor, action, from_value, to_value, note, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setLong(1, event.key().number());
            insert.setString(2, event.actor());
            insert.setString(3, event.action().name());
            insert.setString(4, event.from());
            insert.setString(5, event.to());
            insert.setString(6, event.note());
            insert.setObject(7, utc(event.at()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static List<AuditEvent> query(Connection connection, String whereAndOrder, long parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + whereAndOrder)) {
            select.setLong(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                List<AuditEvent> events = new ArrayList<>();
                while (rows.next()) {
                    events.add(new AuditEvent(new EscalationKey(rows.getLong("escalation_id")), rows.getString("actor"),
                            Action.valueOf(rows.getString("action")), rows.getString("from_value"),
                            rows.getString("to_value"), rows.getString("note"),
                            EscalationRows.time(rows, "occurred_at")));
                }
                return events;
            }
        }
    }
}
