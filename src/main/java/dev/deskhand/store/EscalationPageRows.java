package dev.deskhand.store;

import static dev.deskhand.store.EscalationTransactions.utc;

import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.Status;
import dev.deskhand.paging.PageRecord;
import dev.deskhand.paging.PagingService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The page ledger inside the caller's transaction. A trigger locks the escalation's row first, so it serialises with
 * a resolution (which updates that row): either the trigger sees the escalation resolved and owes nothing, or the
 * resolution sees the page and owes its resolve.
 */
final class EscalationPageRows {
    static final String COLUMNS = "p.id, p.escalation_id, p.service, p.team, p.reason, p.requested_at, "
            + "p.triggered_at, p.resolve_requested_at, p.resolved_at, p.failure, p.failed_at";

    private EscalationPageRows() {
    }

    /** Opens a page unless one is open or this cycle already had one; its id, for the outbox message. */
    static Optional<Long> open(Connection connection, EscalationKey key, String service, PageCause cause,
                               java.time.Instant now) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT status FROM escalations WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, key.number());
            try (ResultSet rows = lock.executeQuery()) {
                if (!rows.next() || Status.RESOLVED.label().equals(rows.getString(1))) {
                    return Optional.empty();
                }
            }
        }
        try (PreparedStatement open = connection.prepareStatement("SELECT 1 FROM escalation_pages "
                + "WHERE escalation_id = ? AND service = ? AND (cycle_started_at = ? "
                + "OR (resolve_requested_at IS NULL AND failed_at IS NULL))")) {
            open.setLong(1, key.number());
            open.setString(2, service);
            open.setObject(3, utc(cause.cycleStartedAt()));
            try (ResultSet rows = open.executeQuery()) {
                if (rows.next()) {
                    return Optional.empty();
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO escalation_pages (escalation_id, "
                + "service, cycle_started_at, team, reason, requested_at) VALUES (?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setLong(1, key.number());
            insert.setString(2, service);
            insert.setObject(3, utc(cause.cycleStartedAt()));
            insert.setString(4, cause.team());
            insert.setString(5, cause.reason());
            insert.setObject(6, utc(now));
            insert.executeUpdate();
            try (ResultSet ids = insert.getGeneratedKeys()) {
                ids.next();
                return Optional.of(ids.getLong(1));
            }
        }
    }

    /**
     * Asks for the resolution of the escalation's unresolved pages with {@code service}; the ids of those that went
     * out (or may still) and so need a resolve call. A page given up needs none.
     */
    static List<Long> resolve(Connection connection, EscalationKey key, String service, java.time.Instant now)
            throws SQLException {
        List<Long> owed = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, failed_at FROM escalation_pages "
                + "WHERE escalation_id = ? AND service = ? AND resolve_requested_at IS NULL ORDER BY id")) {
            select.setLong(1, key.number());
            select.setString(2, service);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.add(rows.getLong("id"));
                    if (rows.getObject("failed_at") == null) {
                        owed.add(rows.getLong("id"));
                    }
                }
            }
        }
        for (long id : all) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE escalation_pages SET resolve_requested_at = ? WHERE id = ?")) {
                update.setObject(1, utc(now));
                update.setLong(2, id);
                update.executeUpdate();
            }
        }
        return owed;
    }

    static List<PageRecord> query(Connection connection, String fromWhereOrder, long parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " " + fromWhereOrder)) {
            select.setLong(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                List<PageRecord> pages = new ArrayList<>();
                while (rows.next()) {
                    pages.add(new PageRecord(rows.getLong("id"), new EscalationKey(rows.getLong("escalation_id")),
                            PagingService.parse(rows.getString("service")).orElseThrow(), rows.getString("team"),
                            rows.getString("reason"), EscalationRows.time(rows, "requested_at"),
                            EscalationRows.time(rows, "triggered_at"),
                            EscalationRows.time(rows, "resolve_requested_at"),
                            EscalationRows.time(rows, "resolved_at"), rows.getString("failure"),
                            EscalationRows.time(rows, "failed_at")));
                }
                return pages;
            }
        }
    }
}
