package dev.deskhand.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/** Writes raw rows into the tables the digest reads, the way the escalation and knowledge-base code leave them. */
final class DigestSeed {

    private final DataSource dataSource;

    DigestSeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** An escalation row; {@code status} is derived from the timestamps, as the lifecycle keeps them. */
    void escalation(long id, String team, String severity, Instant createdAt, Instant acknowledgedAt,
                    Instant resolvedAt, String assignee) throws SQLException {
        String status = resolvedAt != null ? "resolved" : acknowledgedAt != null ? "acknowledged" : "open";
        execute("INSERT INTO escalations (id, idempotency_key, tier, ticket, severity, team, summary, requester, status, "
                + "assignee, created_at, acknowledged_at, resolved_at, card_channel, card_ts, version) "
                + "VALUES (?, ?, 'standard', 'T-1', ?, ?, ?, 'U_REQ', ?, ?, ?, ?, ?, 'CTEAM', ?, 1)",
                id, "seed-" + id, severity, team, "Customer problem " + id, status, assignee, createdAt,
                acknowledgedAt, resolvedAt, "1700000000.00" + id);
    }

    void search(Instant at, String query, boolean answered) throws SQLException {
        execute("INSERT INTO search_log (searched_at, query, normalized_query, lang, hit_count, top_score, confidence, "
                + "answered, channel_id, surface) VALUES (?, ?, ?, 'en', 0, 0, 0, ?, 'CSUPPORT', 'command')",
                at, query, query.toLowerCase(java.util.Locale.ROOT).trim(), answered);
    }

    void feedback(Instant at, String articleId, boolean helpful) throws SQLException {
        execute("INSERT INTO kb_feedback (given_at, article_id, helpful, query, channel_id) "
                + "VALUES (?, ?, ?, 'q', 'CSUPPORT')", at, articleId, helpful);
    }

    /** A click on an article opened from a declined search's closest titles. */
    void belowBarFeedback(Instant at, String query, String articleId, boolean helpful) throws SQLException {
        execute("INSERT INTO kb_feedback (given_at, article_id, helpful, query, channel_id, below_bar) "
                + "VALUES (?, ?, ?, ?, 'CSUPPORT', TRUE)", at, articleId, helpful, query);
    }

    private void execute(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            Jdbc.bind(s, args);
            s.executeUpdate();
        }
    }
}
