package dev.deskhand.store;

import dev.deskhand.home.KnowledgeGap;
import dev.deskhand.home.KnowledgeGapLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/** {@link KnowledgeGapLog} over {@code search_log} (declined searches and their closest article) and {@code kb_feedback}. */
public final class JdbcKnowledgeGapLog implements KnowledgeGapLog {

    private final DataSource dataSource;

    public JdbcKnowledgeGapLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<KnowledgeGap> since(Set<String> articleIds, Instant from, int limit) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = List.copyOf(new TreeSet<>(articleIds));
        String in = String.join(", ", ids.stream().map(id -> "?").toList());
        List<Object> args = new ArrayList<>(ids);
        args.add(from);
        List<KnowledgeGap> gaps = new ArrayList<>();
        // Grouped by the normalised text, as the digest does: the same question typed twice is one gap asked twice.
        read("SELECT top_article_id, normalized_query, COUNT(*) FROM search_log WHERE answered = FALSE "
                + "AND top_article_id IN (" + in + ") AND searched_at >= ? GROUP BY top_article_id, normalized_query",
                args, rs -> gaps.add(new KnowledgeGap(KnowledgeGap.Kind.UNANSWERED, rs.getString(1), rs.getString(2),
                        Optional.empty(), Optional.empty(), rs.getInt(3))));
        // One row per vote (V8); an article opened from a declined search's closest titles was never the answer.
        read("SELECT article_id, LOWER(query), reason, MAX(note), COUNT(*) FROM kb_feedback WHERE helpful = FALSE "
                + "AND below_bar = FALSE AND article_id IN (" + in + ") AND given_at >= ? "
                + "GROUP BY article_id, LOWER(query), reason", args,
                rs -> gaps.add(new KnowledgeGap(KnowledgeGap.Kind.NOT_HELPFUL, rs.getString(1), rs.getString(2),
                        Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)), rs.getInt(5))));
        return gaps.stream().sorted(Comparator.comparingInt(KnowledgeGap::count).reversed()
                        .thenComparing(KnowledgeGap::kind).thenComparing(KnowledgeGap::articleId)
                        .thenComparing(KnowledgeGap::question).thenComparing(g -> g.reason().orElse("")))
                .limit(limit).toList();
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void read(String sql, List<Object> args, Row row) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            Jdbc.bind(s, args.toArray());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read knowledge gaps: " + sql, e);
        }
    }
}
