package dev.deskhand.store;

import static dev.deskhand.store.EscalationTransactions.utc;

import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.outbox.Outbox;
import dev.deskhand.escalation.outbox.OutboxEntry;
import dev.deskhand.escalation.outbox.OutboxFailure;
import dev.deskhand.escalation.OutboxMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link Outbox} over the {@code escalation_outbox} table. Messages of one escalation go out strictly in order
 * (only the oldest unsent one is ever handed out), so a thread note never overtakes the card it belongs to and two
 * replicas never post the same escalation's card at the same time.
 */
public final class JdbcOutbox implements Outbox {
    private static final int MAX_ERROR_LENGTH = 500;
    private static final int MAX_FAILURE_LENGTH = 64;

    private final EscalationTransactions tx;

    public JdbcOutbox(DataSource dataSource) {
        this.tx = new EscalationTransactions(dataSource);
    }

    @Override
    public void enqueue(OutboxMessage message, Instant now) {
        tx.inTransaction("enqueue " + message.kind() + " for " + message.key(), connection -> {
            EscalationOutboxRows.insert(connection, List.of(message), null, now);
            return null;
        });
    }

    @Override
    public List<OutboxEntry> claimDue(Instant now, Duration lease, int limit) {
        return claim(now, lease, limit, false);
    }

    @Override
    public List<OutboxEntry> claimDuePages(Instant now, Duration lease, int limit) {
        return claim(now, lease, limit, true);
    }

    private List<OutboxEntry> claim(Instant now, Duration lease, int limit, boolean pages) {
        return tx.inTransaction("claim outbox messages", connection -> {
            List<OutboxEntry> claimed = new ArrayList<>();
            for (Candidate candidate : due(connection, now, limit, pages)) {
                // Compare-and-set on the due time: of two replicas that saw the same row, one moves it.
                try (PreparedStatement lock = connection.prepareStatement("UPDATE escalation_outbox "
                        + "SET next_attempt_at = ? WHERE id = ? AND sent_at IS NULL AND next_attempt_at = ?")) {
                    lock.setObject(1, utc(now.plus(lease)));
                    lock.setLong(2, candidate.entry().id());
                    lock.setObject(3, candidate.nextAttemptAt());
                    if (lock.executeUpdate() == 1) {
                        claimed.add(candidate.entry());
                    }
                }
            }
            return claimed;
        });
    }

    private record Candidate(OutboxEntry entry, OffsetDateTime nextAttemptAt) {
    }

    /**
     * @param pages the page lane ({@link EscalationOutboxRows#PAGE_KINDS}) or the Slack lane; each lane keeps its
     *              own order per escalation, so a slow paging service never holds back a card, nor Slack a page
     */
    private static List<Candidate> due(Connection connection, Instant now, int limit, boolean pages)
            throws SQLException {
        String lane = pages ? " IN " + EscalationOutboxRows.PAGE_KINDS : " NOT IN " + EscalationOutboxRows.PAGE_KINDS;
        // Cards before thread notes and P1/P2 before the rest, so after an outage the posts people wait for go first.
        try (PreparedStatement select = connection.prepareStatement("SELECT o.id, o.escalation_id, o.kind, "
                + "o.event_id, o.detail, o.attempts, o.created_at, o.next_attempt_at, o.requester_told_at "
                + "FROM escalation_outbox o JOIN escalations e ON e.id = o.escalation_id "
                + "WHERE o.sent_at IS NULL AND o.failed_at IS NULL AND o.next_attempt_at <= ? AND o.kind" + lane
                + " AND NOT EXISTS ("
                + "SELECT 1 FROM escalation_outbox earlier WHERE earlier.escalation_id = o.escalation_id "
                + "AND earlier.sent_at IS NULL AND earlier.failed_at IS NULL AND earlier.id < o.id "
                + "AND earlier.kind" + lane + ") "
                + "ORDER BY CASE WHEN o.kind = 'CARD' THEN 0 ELSE 1 END, "
                + "CASE WHEN e.severity IN ('P1', 'P2') THEN 0 ELSE 1 END, o.id LIMIT ?")) {
            select.setObject(1, utc(now));
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                List<Candidate> candidates = new ArrayList<>();
                while (rows.next()) {
                    long eventId = rows.getLong("event_id");
                    Long event = rows.wasNull() ? null : eventId;
                    OutboxMessage message = new OutboxMessage(OutboxMessage.Kind.valueOf(rows.getString("kind")),
                            new EscalationKey(rows.getLong("escalation_id")), rows.getString("detail"));
                    candidates.add(new Candidate(new OutboxEntry(rows.getLong("id"), message, event,
                            rows.getInt("attempts"), EscalationRows.time(rows, "created_at"),
                            rows.getObject("requester_told_at", OffsetDateTime.class) != null),
                            rows.getObject("next_attempt_at", OffsetDateTime.class)));
                }
                return candidates;
            }
        }
    }

    @Override
    public void markSent(long id, Instant sentAt) {
        tx.inTransaction("mark outbox message " + id + " sent", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE escalation_outbox SET sent_at = ?, last_error = NULL WHERE id = ?")) {
                update.setObject(1, utc(sentAt));
                update.setLong(2, id);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void retryAfterFailure(long id, Instant nextAttemptAt, String error) {
        reschedule(id, nextAttemptAt, error, "attempts + 1");
    }

    @Override
    public void postpone(long id, Instant nextAttemptAt, String reason) {
        reschedule(id, nextAttemptAt, reason, "attempts");
    }

    /** @param attempts a fixed SQL expression chosen above, never user input */
    private void reschedule(long id, Instant nextAttemptAt, String error, String attempts) {
        tx.inTransaction("reschedule outbox message " + id, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE escalation_outbox SET "
                    + "next_attempt_at = ?, attempts = " + attempts + ", last_error = ? WHERE id = ? "
                    + "AND sent_at IS NULL")) {
                update.setObject(1, utc(nextAttemptAt));
                update.setString(2, trim(error, MAX_ERROR_LENGTH));
                update.setLong(3, id);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void giveUp(long id, Instant at, String error) {
        tx.inTransaction("give up outbox message " + id, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE escalation_outbox SET failure = ?, "
                    + "failed_at = ?, last_error = ? WHERE id = ? AND sent_at IS NULL")) {
                update.setString(1, trim(error, MAX_FAILURE_LENGTH));
                update.setObject(2, utc(at));
                update.setString(3, trim(error, MAX_ERROR_LENGTH));
                update.setLong(4, id);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public List<OutboxFailure> failures(EscalationKey key) {
        return tx.inTransaction("read the undelivered messages of " + key, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT kind, failure, failed_at "
                    + "FROM escalation_outbox WHERE escalation_id = ? AND failed_at IS NOT NULL "
                    + "AND kind NOT IN " + EscalationOutboxRows.PAGE_KINDS + " ORDER BY id")) {
                select.setLong(1, key.number());
                try (ResultSet rows = select.executeQuery()) {
                    List<OutboxFailure> failures = new ArrayList<>();
                    while (rows.next()) {
                        failures.add(new OutboxFailure(OutboxMessage.Kind.valueOf(rows.getString("kind")),
                                rows.getString("failure"), EscalationRows.time(rows, "failed_at")));
                    }
                    return failures;
                }
            }
        });
    }

    @Override
    public void markRequesterTold(long id, Instant at) {
        tx.inTransaction("note that the requester of outbox message " + id + " was told", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE escalation_outbox SET requester_told_at = ? WHERE id = ?")) {
                update.setObject(1, utc(at));
                update.setLong(2, id);
                return update.executeUpdate();
            }
        });
    }

    private static String trim(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public int pendingCount() {
        return tx.inTransaction("count outbox messages", connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM escalation_outbox WHERE sent_at IS NULL AND failed_at IS NULL "
                            + "AND kind NOT IN " + EscalationOutboxRows.PAGE_KINDS);
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }
}
