package dev.deskhand.store;

import static dev.deskhand.store.EscalationTransactions.isUniqueViolation;
import static dev.deskhand.store.EscalationTransactions.utc;

import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.OutboxMessage;
import dev.deskhand.escalation.Reminder;
import dev.deskhand.escalation.ReminderKind;
import dev.deskhand.escalation.ReminderState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The reminder log: what was sent per SLA cycle, written at most once per reminder thanks to a unique key. */
final class JdbcEscalationReminders {
    private final EscalationTransactions tx;

    JdbcEscalationReminders(EscalationTransactions tx) {
        this.tx = tx;
    }

    ReminderState sent(EscalationKey key, Instant clockStartedAt) {
        return tx.inTransaction("reminders of " + key, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT kind, repeat_number, sent_at "
                    + "FROM escalation_reminders WHERE escalation_id = ? AND cycle_started_at = ? ORDER BY id")) {
                select.setLong(1, key.number());
                select.setObject(2, utc(clockStartedAt));
                try (ResultSet rows = select.executeQuery()) {
                    List<ReminderState.Sent> sent = new ArrayList<>();
                    while (rows.next()) {
                        sent.add(new ReminderState.Sent(ReminderKind.valueOf(rows.getString("kind")),
                                rows.getInt("repeat_number"), EscalationRows.time(rows, "sent_at")));
                    }
                    return new ReminderState(sent);
                }
            }
        });
    }

    boolean record(Escalation escalation, Reminder reminder, Instant sentAt, List<OutboxMessage> effects) {
        try {
            return tx.inTransaction(reminder.kind() + " for " + escalation.key(), connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO escalation_reminders "
                        + "(escalation_id, cycle_started_at, kind, repeat_number, sent_at) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setLong(1, escalation.key().number());
                    insert.setObject(2, utc(escalation.clockStartedAt()));
                    insert.setString(3, reminder.kind().name());
                    insert.setInt(4, reminder.sequence());
                    insert.setObject(5, utc(sentAt));
                    insert.executeUpdate();
                }
                EscalationOutboxRows.insert(connection, effects, null, sentAt,
                        new PageCause(escalation.team(), escalation.clockStartedAt(), reminder.kind().name()));
                return true;
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && isUniqueViolation(sql)) {
                return false;
            }
            throw e;
        }
    }
}
