package dev.deskhand.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Writes a plausible history in bulk (JDBC batches of 2,000, a commit every 50,000): two years of escalations, almost
 * all resolved, with the last few days' still open; ninety days of searches, a third without an answer; feedback;
 * and one digest posted yesterday. Seeded, so every run loads the same rows relative to "now".
 */
final class HistoryLoader {

    private static final int BATCH = 2000;
    private static final int COMMIT = 50_000;
    private static final String[] TEAMS = {"billing", "technical", "accounts"};
    private static final String[] TIERS = {"standard", "business", "enterprise", "key-account"};

    private final DataSource dataSource;
    private final String bulkUrl;
    private final Instant now;
    private final long seed;

    /** @param bulkUrl a JDBC URL to load through instead of the pool (PostgreSQL with batch rewriting), or null */
    HistoryLoader(DataSource dataSource, String bulkUrl, Instant now, long seed) {
        this.dataSource = dataSource;
        this.bulkUrl = bulkUrl;
        this.now = now;
        this.seed = seed;
    }

    void escalations(int rows) throws SQLException {
        Random r = new Random(seed);
        long span = 730L * 86400;
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("INSERT INTO escalations "
                + "(idempotency_key, customer, tier, ticket, severity, team, summary, tried, related_article, requester,"
                + " status, assignee, created_at, acknowledged_at, resolved_at, card_channel, card_ts, "
                + "resolution_note, resolution_reason, resolved_by, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (int i = 0; i < rows; i++) {
                long ageSeconds = (long) (r.nextDouble() * span);
                Instant created = now.minusSeconds(ageSeconds);
                double p = r.nextDouble();
                String severity = p < 0.05 ? "P1" : p < 0.25 ? "P2" : p < 0.70 ? "P3" : "P4";
                String team = TEAMS[r.nextInt(TEAMS.length)];
                Instant acknowledged = created.plusSeconds((long) (60 * Math.exp(Math.log(20) + r.nextGaussian())));
                Instant resolved = acknowledged.plusSeconds((long) (3600 * Math.exp(Math.log(6) + r.nextGaussian())));
                boolean recent = ageSeconds < 3 * 86400;
                String status = "resolved";
                if (resolved.isAfter(now) || (recent && r.nextDouble() < 0.3)) {
                    status = acknowledged.isAfter(now) || r.nextBoolean() ? "open" : "acknowledged";
                }
                String assignee = status.equals("open") ? null : "U0LEAD" + r.nextInt(40);
                s.setString(1, "bench:" + i);
                s.setString(2, "Customer " + r.nextInt(20000));
                s.setString(3, TIERS[r.nextInt(TIERS.length)]);
                s.setString(4, "ACME-" + (100000 + i));
                s.setString(5, severity);
                s.setString(6, team);
                s.setString(7, "Customer reports a problem with " + TEAMS[r.nextInt(3)] + " after the last update; "
                        + "order " + r.nextInt(1_000_000) + " is affected and they are waiting for an answer.");
                s.setString(8, r.nextBoolean() ? "Checked the account and retried the payment." : null);
                s.setString(9, r.nextDouble() < 0.3 ? SyntheticKb.id(r.nextInt(1000)) : null);
                s.setString(10, "U0AGENT" + r.nextInt(200));
                s.setString(11, status);
                s.setString(12, assignee);
                s.setObject(13, utc(created));
                s.setObject(14, status.equals("open") ? null : utc(acknowledged));
                s.setObject(15, status.equals("resolved") ? utc(resolved) : null);
                s.setString(16, "C0" + team.toUpperCase(Locale.ROOT));
                s.setString(17, created.getEpochSecond() + "." + String.format("%06d", i % 1_000_000));
                s.setString(18, status.equals("resolved") ? "Fixed and confirmed with the customer." : null);
                s.setString(19, status.equals("resolved") ? "FIXED" : null);
                s.setString(20, status.equals("resolved") ? assignee : null);
                add(c, s, i);
            }
            finish(c, s);
        }
    }

    void searches(int rows, List<String> queries) throws SQLException {
        Random r = new Random(seed + 1);
        long span = 90L * 86400;
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("INSERT INTO search_log "
                + "(searched_at, query, normalized_query, lang, hit_count, top_score, confidence, answered, "
                + "top_article_id, channel_id, user_id, surface) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                // Popular questions repeat: pick from the head of the list far more often than the tail.
                String query = queries.get((int) Math.min(queries.size() - 1,
                        Math.floor(Math.pow(r.nextDouble(), 3) * queries.size())));
                boolean answered = r.nextDouble() > 0.33;
                String normalized = query.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                s.setObject(1, utc(now.minusSeconds((long) (r.nextDouble() * span))));
                s.setString(2, cut(query));
                s.setString(3, cut(normalized));
                s.setString(4, query.codePoints().anyMatch(cp -> cp >= 0xAC00 && cp <= 0xD7A3) ? "ko" : "en");
                s.setInt(5, r.nextInt(40));
                s.setDouble(6, r.nextDouble() * 20);
                s.setDouble(7, answered ? 0.5 + r.nextDouble() / 2 : r.nextDouble() / 2);
                s.setBoolean(8, answered);
                s.setString(9, SyntheticKb.id(r.nextInt(1000)));
                s.setString(10, "C0SUPPORT" + r.nextInt(20));
                s.setString(11, null);
                s.setString(12, r.nextDouble() < 0.7 ? "ephemeral" : "thread");
                add(c, s, i);
            }
            finish(c, s);
        }
    }

    void feedback(int rows) throws SQLException {
        Random r = new Random(seed + 2);
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("INSERT INTO kb_feedback "
                + "(given_at, article_id, helpful, reason, query, channel_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                boolean helpful = r.nextDouble() < 0.7;
                s.setObject(1, utc(now.minusSeconds((long) (r.nextDouble() * 90 * 86400))));
                s.setString(2, SyntheticKb.id(r.nextInt(1000)));
                s.setBoolean(3, helpful);
                s.setString(4, helpful ? null : "outdated");
                s.setString(5, "question " + r.nextInt(5000));
                s.setString(6, "C0SUPPORT" + r.nextInt(20));
                s.setString(7, null);
                add(c, s, i);
            }
            finish(c, s);
        }
    }

    /** Yesterday's digest with its open-by-severity snapshot, so today's shows the change. */
    void previousDigest(String channel, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO digest_slot (channel_id, slot_at, status, "
                    + "claimed_by, claimed_at, message_ts, posted_at) VALUES (?, ?, 'POSTED', 'bench', ?, ?, ?)",
                    new String[] {"id"})) {
                s.setString(1, channel);
                s.setObject(2, utc(at));
                s.setObject(3, utc(at));
                s.setString(4, at.getEpochSecond() + ".000100");
                s.setObject(5, utc(at));
                s.executeUpdate();
                try (var keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO digest_snapshot (slot_id, severity, open_count) VALUES (?, ?, ?)")) {
                for (String severity : List.of("P1", "P2", "P3", "P4")) {
                    s.setLong(1, id);
                    s.setString(2, severity);
                    s.setInt(3, 100);
                    s.executeUpdate();
                }
            }
        }
    }

    private Connection connection() throws SQLException {
        Connection c = bulkUrl == null ? dataSource.getConnection() : DriverManager.getConnection(bulkUrl);
        c.setAutoCommit(false);
        return c;
    }

    private static void add(Connection c, PreparedStatement s, int i) throws SQLException {
        s.addBatch();
        if ((i + 1) % BATCH == 0) {
            s.executeBatch();
        }
        if ((i + 1) % COMMIT == 0) {
            c.commit();
        }
    }

    private static void finish(Connection c, PreparedStatement s) throws SQLException {
        s.executeBatch();
        c.commit();
        c.setAutoCommit(true);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
