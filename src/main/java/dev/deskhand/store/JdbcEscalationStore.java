package dev.deskhand.store;

import static dev.deskhand.store.EscalationTransactions.isUniqueViolation;
import static dev.deskhand.store.EscalationTransactions.utc;

import dev.deskhand.escalation.Action;
import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.escalation.CardRef;
import dev.deskhand.escalation.Creation;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.NewEscalation;
import dev.deskhand.escalation.OutboxMessage;
import dev.deskhand.escalation.Outcome;
import dev.deskhand.escalation.Reminder;
import dev.deskhand.escalation.ReminderState;
import dev.deskhand.escalation.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/** {@link EscalationStore} over JDBC; each method is one transaction. */
public final class JdbcEscalationStore implements EscalationStore {
    // An IN list (not <>) lets H2 and PostgreSQL use the (status, …) index instead of scanning every row.
    private static final String UNRESOLVED = "status IN ('open', 'acknowledged')";

    private final EscalationTransactions tx;
    private final JdbcEscalationReminders reminders;

    public JdbcEscalationStore(DataSource dataSource) {
        this.tx = new EscalationTransactions(dataSource);
        this.reminders = new JdbcEscalationReminders(tx);
    }

    @Override
    public Creation create(NewEscalation draft, String idempotencyKey, Instant now,
                           Function<EscalationKey, List<OutboxMessage>> effects) {
        Optional<Escalation> earlier = byIdempotencyKey(idempotencyKey);
        if (earlier.isPresent()) {
            return new Creation(earlier.get(), false);
        }
        try {
            return tx.inTransaction("create escalation " + idempotencyKey, connection -> {
                EscalationKey key = insert(connection, draft, idempotencyKey, now);
                EscalationEventRows.insert(connection,
                        new AuditEvent(key, draft.requester(), Action.CREATE, null, Status.OPEN.label(), null, now));
                EscalationOutboxRows.insert(connection, effects.apply(key), null, now,
                        new PageCause(draft.team(), now, "CREATED"));
                return new Creation(find(connection, key).orElseThrow(), true);
            });
        } catch (StoreException e) {
            // Two submissions raced past the first check: the unique key let exactly one in.
            if (e.getCause() instanceof SQLException sql && isUniqueViolation(sql)) {
                return new Creation(byIdempotencyKey(idempotencyKey).orElseThrow(() -> e), false);
            }
            throw e;
        }
    }

    private static EscalationKey insert(Connection connection, NewEscalation draft, String idempotencyKey,
                                        Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO escalations (idempotency_key, "
                + "customer, tier, ticket, severity, team, summary, tried, related_article, requester, status, "
                + "created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", new String[] {"id"})) {
            insert.setString(1, idempotencyKey);
            insert.setString(2, draft.customer());
            insert.setString(3, draft.tier());
            insert.setString(4, draft.ticket());
            insert.setString(5, draft.severity().name());
            insert.setString(6, draft.team());
            insert.setString(7, draft.summary());
            insert.setString(8, draft.tried());
            insert.setString(9, draft.relatedArticle());
            insert.setString(10, draft.requester());
            insert.setString(11, Status.OPEN.label());
            insert.setObject(12, utc(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new EscalationKey(keys.getLong(1));
            }
        }
    }

    private Optional<Escalation> byIdempotencyKey(String idempotencyKey) {
        return tx.inTransaction("find escalation by request " + idempotencyKey, connection -> EscalationRows.query(
                connection, "WHERE idempotency_key = ?", s -> s.setString(1, idempotencyKey)).stream().findFirst());
    }

    @Override
    public Optional<Escalation> find(EscalationKey key) {
        return tx.inTransaction("find " + key, connection -> find(connection, key));
    }

    private static Optional<Escalation> find(Connection connection, EscalationKey key) throws SQLException {
        return EscalationRows.query(connection, "WHERE id = ?", s -> s.setLong(1, key.number())).stream().findFirst();
    }

    @Override
    public List<Escalation> listOpen(Collection<String> teams) {
        if (teams.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", teams.stream().map(team -> "?").toList());
        List<String> values = List.copyOf(teams);
        return tx.inTransaction("list open escalations", connection -> EscalationRows.query(connection,
                "WHERE " + UNRESOLVED + " AND team IN (" + placeholders + ") ORDER BY created_at, id", s -> {
                    for (int i = 0; i < values.size(); i++) {
                        s.setString(i + 1, values.get(i));
                    }
                }));
    }

    @Override
    public List<Escalation> listMine(String userId) {
        return tx.inTransaction("list escalations of " + userId, connection -> EscalationRows.query(connection,
                "WHERE " + UNRESOLVED + " AND (assignee = ? OR requester = ?) ORDER BY created_at, id", s -> {
                    s.setString(1, userId);
                    s.setString(2, userId);
                }));
    }

    @Override
    public List<Escalation> listUnresolved() {
        return tx.inTransaction("list unresolved escalations", connection -> EscalationRows.query(connection,
                "WHERE " + UNRESOLVED + " ORDER BY created_at, id", s -> { }));
    }

    @Override
    public boolean transition(Escalation before, Outcome.Applied change, List<OutboxMessage> effects) {
        Escalation after = change.escalation();
        return tx.inTransaction(change.event().action() + " " + before.key(), connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE escalations SET severity = ?, "
                    + "team = ?, status = ?, assignee = ?, acknowledged_at = ?, resolved_at = ?, reopened_at = ?, "
                    + "snoozed_until = ?, resolution_note = ?, resolution_reason = ?, resolved_by = ?, version = ? "
                    + "WHERE id = ? AND version = ?")) {
                update.setString(1, after.severity().name());
                update.setString(2, after.team());
                update.setString(3, after.status().label());
                update.setString(4, after.assignee());
                update.setObject(5, utc(after.acknowledgedAt()));
                update.setObject(6, utc(after.resolvedAt()));
                update.setObject(7, utc(after.reopenedAt()));
                update.setObject(8, utc(after.snoozedUntil()));
                update.setString(9, after.resolutionNote());
                update.setString(10, after.resolutionReason() == null ? null : after.resolutionReason().name());
                update.setString(11, after.resolvedBy());
                update.setLong(12, after.version());
                update.setLong(13, before.key().number());
                update.setLong(14, before.version());
                if (update.executeUpdate() != 1) {
                    return false;
                }
            }
            long eventId = EscalationEventRows.insert(connection, change.event());
            EscalationOutboxRows.insert(connection, effects, eventId, change.event().at(),
                    new PageCause(after.team(), after.clockStartedAt(), change.event().action().name()));
            return true;
        });
    }

    @Override
    public List<AuditEvent> timeline(EscalationKey key) {
        return tx.inTransaction("timeline of " + key, connection ->
                EscalationEventRows.query(connection, "WHERE escalation_id = ? ORDER BY id", key.number()));
    }

    @Override
    public Optional<AuditEvent> event(long eventId) {
        return tx.inTransaction("audit event " + eventId, connection ->
                EscalationEventRows.query(connection, "WHERE id = ?", eventId).stream().findFirst());
    }

    @Override
    public boolean recordCard(EscalationKey key, CardRef expected, CardRef card) {
        String condition = expected == null ? "card_channel IS NULL" : "card_channel = ? AND card_ts = ?";
        return tx.inTransaction("record card of " + key, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE escalations SET card_channel = ?, card_ts = ? WHERE id = ? AND " + condition)) {
                update.setString(1, card.channelId());
                update.setString(2, card.ts());
                update.setLong(3, key.number());
                if (expected != null) {
                    update.setString(4, expected.channelId());
                    update.setString(5, expected.ts());
                }
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public ReminderState reminders(EscalationKey key, Instant clockStartedAt) {
        return reminders.sent(key, clockStartedAt);
    }

    @Override
    public boolean recordReminder(Escalation escalation, Reminder reminder, Instant sentAt,
                                  List<OutboxMessage> effects) {
        return reminders.record(escalation, reminder, sentAt, effects);
    }
}
