package dev.deskhand.store;

import dev.deskhand.kb.FeedbackReason;
import dev.deskhand.owners.ArticleVotes;
import dev.deskhand.owners.ReasonCount;
import dev.deskhand.owners.VoteNote;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The 👎 votes owners hear about, from {@code kb_feedback} (one row per vote, V8): counted by reason, with every
 * "Other" text (the App Home's gap log groups by question and keeps one note, which is not enough here).
 */
public final class JdbcOwnerFeedback implements ArticleVotes {

    private final DataSource dataSource;

    public JdbcOwnerFeedback(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<ReasonCount> reasons(Set<String> articleIds, Instant from, Instant to) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        // An article opened from a declined search's closest titles was never given as the answer: not its fault.
        return query("SELECT article_id, reason, COUNT(*) FROM kb_feedback WHERE helpful = FALSE "
                + "AND below_bar = FALSE AND given_at >= ? AND given_at < ? AND article_id IN (" + in(articleIds)
                + ") GROUP BY article_id, reason ORDER BY article_id, reason", args(from, to, articleIds),
                rs -> new ReasonCount(rs.getString(1),
                        Optional.ofNullable(rs.getString(2)).flatMap(FeedbackReason::parse), rs.getInt(3)));
    }

    @Override
    public List<VoteNote> notes(Set<String> articleIds, Instant from, Instant to) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return query("SELECT article_id, note FROM kb_feedback WHERE helpful = FALSE AND below_bar = FALSE "
                + "AND note IS NOT NULL AND given_at >= ? AND given_at < ? AND article_id IN (" + in(articleIds)
                + ") ORDER BY given_at, id", args(from, to, articleIds),
                rs -> new VoteNote(rs.getString(1), rs.getString(2)));
    }

    private static String in(Collection<String> ids) {
        return String.join(", ", ids.stream().map(id -> "?").toList());
    }

    private static Object[] args(Instant from, Instant to, Set<String> ids) {
        List<Object> args = new ArrayList<>(List.of(from, to));
        args.addAll(new TreeSet<>(ids));
        return args.toArray();
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Object[] args, Row<T> row) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            Jdbc.bind(s, args);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("Could not read owner feedback: " + sql, e);
        }
    }
}
