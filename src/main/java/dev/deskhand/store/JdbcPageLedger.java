package dev.deskhand.store;

import static dev.deskhand.store.EscalationTransactions.utc;

import dev.deskhand.escalation.Action;
import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.OutboxMessage;
import dev.deskhand.paging.PageAction;
import dev.deskhand.paging.PageLedger;
import dev.deskhand.paging.PageRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link PageLedger} over {@code escalation_pages}, each result one transaction with its outbox row. */
public final class JdbcPageLedger implements PageLedger {
    /** Who the audit trail says acted: the app itself, on the escalation's behalf. */
    public static final String ACTOR = "deskhand";
    private static final int MAX_OUTBOX_FAILURE = 64;
    private static final int MAX_PAGE_FAILURE = 300;
    private static final int MAX_ERROR = 500;

    private final EscalationTransactions tx;

    public JdbcPageLedger(DataSource dataSource) {
        this.tx = new EscalationTransactions(dataSource);
    }

    @Override
    public Optional<PageRecord> forMessage(long outboxId) {
        return tx.inTransaction("page of outbox message " + outboxId, connection -> EscalationPageRows.query(connection,
                "FROM escalation_pages p JOIN escalation_outbox o ON o.page_id = p.id WHERE o.id = ?", outboxId)
                .stream().findFirst());
    }

    @Override
    public List<PageRecord> pages(EscalationKey key) {
        return tx.inTransaction("pages of " + key, connection -> EscalationPageRows.query(connection,
                "FROM escalation_pages p WHERE p.escalation_id = ? ORDER BY p.id", key.number()));
    }

    @Override
    public void accepted(long outboxId, PageRecord page, PageAction action, Instant at) {
        tx.inTransaction(action + " of page " + page.id() + " accepted", connection -> {
            if (!markSent(connection, outboxId, at)) {
                return null; // another sender got there first and wrote the rest
            }
            String column = action == PageAction.TRIGGER ? "triggered_at" : "resolved_at";
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE escalation_pages SET " + column + " = ? WHERE id = ?")) {
                update.setObject(1, utc(at));
                update.setLong(2, page.id());
                update.executeUpdate();
            }
            Action audit = action == PageAction.TRIGGER ? Action.PAGE_TRIGGERED : Action.PAGE_RESOLVED;
            note(connection, new AuditEvent(page.key(), ACTOR, audit, page.reason(), page.service().id(), null, at));
            return null;
        });
    }

    @Override
    public void rejected(long outboxId, PageRecord page, PageAction action, String error, Instant at) {
        tx.inTransaction(action + " of page " + page.id() + " rejected", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE escalation_outbox SET failure = ?, "
                    + "failed_at = ?, last_error = ? WHERE id = ? AND sent_at IS NULL AND failed_at IS NULL")) {
                update.setString(1, trim(error, MAX_OUTBOX_FAILURE));
                update.setObject(2, utc(at));
                update.setString(3, trim(error, MAX_ERROR));
                update.setLong(4, outboxId);
                if (update.executeUpdate() != 1) {
                    return null;
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE escalation_pages SET failure = ?, failed_at = ? WHERE id = ?")) {
                update.setString(1, trim(error, MAX_PAGE_FAILURE));
                update.setObject(2, utc(at));
                update.setLong(3, page.id());
                update.executeUpdate();
            }
            note(connection, new AuditEvent(page.key(), ACTOR, Action.PAGE_FAILED, action.name(),
                    page.service().id(), trim(error, MAX_PAGE_FAILURE), at));
            return null;
        });
    }

    @Override
    public void skipped(long outboxId, Instant at) {
        tx.inTransaction("skip outbox message " + outboxId, connection -> markSent(connection, outboxId, at));
    }

    private static boolean markSent(Connection connection, long outboxId, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE escalation_outbox SET sent_at = ?, "
                + "last_error = NULL WHERE id = ? AND sent_at IS NULL AND failed_at IS NULL")) {
            update.setObject(1, utc(at));
            update.setLong(2, outboxId);
            return update.executeUpdate() == 1;
        }
    }

    /** The audit event, and the thread note that tells the team (in the Slack lane, after the card). */
    private static void note(Connection connection, AuditEvent event) throws SQLException {
        long eventId = EscalationEventRows.insert(connection, event);
        EscalationOutboxRows.insert(connection, List.of(OutboxMessage.note(event.key())), eventId, event.at());
    }

    private static String trim(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
