package dev.deskhand.store;

import dev.deskhand.digest.gaps.ArticleCount;
import dev.deskhand.digest.gaps.BelowBarAnswer;
import dev.deskhand.digest.CardRef;
import dev.deskhand.digest.DigestSource;
import dev.deskhand.digest.EscalationTiming;
import dev.deskhand.digest.OpenEscalation;
import dev.deskhand.digest.PreviousDigest;
import dev.deskhand.digest.gaps.SearchGap;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.sla.SlaPolicy;
import dev.deskhand.escalation.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@link DigestSource} over the escalation tables (V3), {@code search_log} / {@code kb_feedback} (V2) and the digest
 * tables (V4). Open escalations come through the {@link EscalationStore} port so that their SLA deadlines are the
 * ones {@link SlaPolicy} computes for reminders; the period figures are single aggregate queries.
 */
public final class JdbcDigestSource implements DigestSource {

    private final DataSource dataSource;
    private final EscalationStore escalations;
    private final SlaPolicy sla;

    public JdbcDigestSource(DataSource dataSource, EscalationStore escalations, SlaPolicy sla) {
        this.dataSource = dataSource;
        this.escalations = escalations;
        this.sla = sla;
    }

    @Override
    public List<OpenEscalation> openEscalations(Set<String> teams) {
        List<Escalation> open = teams.isEmpty() ? escalations.listUnresolved() : escalations.listOpen(teams);
        return open.stream().map(this::toOpen).toList();
    }

    private OpenEscalation toOpen(Escalation e) {
        Optional<Instant> acknowledgeBy = e.status() == Status.OPEN
                ? Optional.of(sla.acknowledgeDueAt(e)) : Optional.empty();
        return new OpenEscalation(e.key().toString(), e.team(), e.severity().name(), e.summary(), e.createdAt(),
                Optional.ofNullable(e.assignee()), acknowledgeBy, Optional.of(sla.resolveDueAt(e)),
                Optional.ofNullable(e.card()).map(card -> new CardRef(card.channelId(), card.ts())),
                Optional.ofNullable(e.ticket()));
    }

    @Override
    public List<EscalationTiming> acknowledgedBetween(Set<String> teams, Instant from, Instant to) {
        return timings("acknowledged_at", teams, from, to);
    }

    @Override
    public List<EscalationTiming> resolvedBetween(Set<String> teams, Instant from, Instant to) {
        // Reopening clears resolved_at, so a set resolved_at is always the latest resolution.
        return timings("resolved_at", teams, from, to);
    }

    private List<EscalationTiming> timings(String milestone, Set<String> teams, Instant from, Instant to) {
        String sql = "SELECT id, created_at, " + milestone + " FROM escalations WHERE " + milestone + " >= ? AND "
                + milestone + " < ?" + teamFilter(teams) + " ORDER BY " + milestone + ", id";
        return query(sql, params(from, to, teams), rs -> new EscalationTiming("ESC-" + rs.getLong(1),
                JdbcDigestSlots.instant(rs, 2), JdbcDigestSlots.instant(rs, 3)));
    }

    @Override
    public int countOpened(Set<String> teams, Instant from, Instant to) {
        return count("SELECT COUNT(*) FROM escalations WHERE created_at >= ? AND created_at < ?" + teamFilter(teams),
                params(from, to, teams));
    }

    @Override
    public int countResolved(Set<String> teams, Instant from, Instant to) {
        return count("SELECT COUNT(*) FROM escalations WHERE resolved_at >= ? AND resolved_at < ?"
                + teamFilter(teams), params(from, to, teams));
    }

    @Override
    public Optional<PreviousDigest> previousDigest(String channelId, Instant before) {
        List<PostedSlot> latest = query("SELECT id, slot_at FROM digest_slot WHERE channel_id = ? "
                + "AND status = 'POSTED' AND slot_at < ? ORDER BY slot_at DESC LIMIT 1", List.of(channelId, before),
                rs -> new PostedSlot(rs.getLong(1), JdbcDigestSlots.instant(rs, 2)));
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> snapshot = new LinkedHashMap<>();
        query("SELECT severity, open_count FROM digest_snapshot WHERE slot_id = ? ORDER BY severity",
                List.of(latest.get(0).id()), rs -> snapshot.put(rs.getString(1), rs.getInt(2)));
        return Optional.of(new PreviousDigest(latest.get(0).slotAt(), snapshot));
    }

    @Override
    public List<SearchGap> unansweredSearches(Instant from, Instant to, int limit) {
        // Grouped, and shown, by the normalised text: it is what the searches had in common.
        return query("SELECT normalized_query, COUNT(*) AS times FROM search_log WHERE answered = FALSE "
                + "AND searched_at >= ? AND searched_at < ? GROUP BY normalized_query "
                + "ORDER BY times DESC, normalized_query LIMIT ?", List.of(from, to, limit),
                rs -> new SearchGap(rs.getString(1), rs.getInt(2)));
    }

    @Override
    public List<ArticleCount> unhelpfulArticles(Instant from, Instant to, int limit) {
        // An article opened from a declined search's closest titles was never given as the answer: not its fault.
        // Each row is one vote (a reason updates its vote's row, V8), so COUNT(*) counts votes.
        List<ArticleCount> counts = query("SELECT article_id, COUNT(*) AS times FROM kb_feedback WHERE helpful = FALSE "
                + "AND below_bar = FALSE AND given_at >= ? AND given_at < ? "
                + "GROUP BY article_id ORDER BY times DESC, article_id LIMIT ?",
                List.of(from, to, limit), rs -> new ArticleCount(rs.getString(1), rs.getInt(2)));
        if (counts.isEmpty()) {
            return counts;
        }
        Map<String, List<String>> notes = new LinkedHashMap<>();
        query("SELECT article_id, note FROM kb_feedback WHERE helpful = FALSE AND below_bar = FALSE "
                + "AND note IS NOT NULL AND given_at >= ? AND given_at < ? ORDER BY given_at, id", List.of(from, to),
                rs -> notes.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2)));
        return counts.stream().map(a -> new ArticleCount(a.articleId(), a.count(), a.title(),
                notes.getOrDefault(a.articleId(), List.of()))).toList();
    }

    @Override
    public List<BelowBarAnswer> helpfulBelowBar(Instant from, Instant to, int limit) {
        return query("SELECT LOWER(query) AS asked, article_id, COUNT(*) AS times FROM kb_feedback "
                + "WHERE helpful = TRUE AND below_bar = TRUE AND given_at >= ? AND given_at < ? "
                + "GROUP BY LOWER(query), article_id ORDER BY times DESC, asked, article_id LIMIT ?",
                List.of(from, to, limit), rs -> new BelowBarAnswer(rs.getString(1), rs.getString(2), rs.getInt(3)));
    }

    private static String teamFilter(Set<String> teams) {
        return teams.isEmpty() ? "" : " AND team IN (" + String.join(", ", teams.stream().map(t -> "?").toList()) + ")";
    }

    private static List<Object> params(Instant from, Instant to, Set<String> teams) {
        List<Object> params = new ArrayList<>(List.of(from, to));
        params.addAll(teams.stream().sorted().toList());
        return params;
    }

    private int count(String sql, List<Object> params) {
        return query(sql, params, rs -> rs.getInt(1)).get(0);
    }

    private record PostedSlot(long id, Instant slotAt) {
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> params, Row<T> row) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            Jdbc.bind(s, params.stream().map(p -> p instanceof Instant i ? JdbcDigestSlots.storable(i) : p).toArray());
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("Could not read digest figures: " + sql, e);
        }
    }
}
