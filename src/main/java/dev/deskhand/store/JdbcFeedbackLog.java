package dev.deskhand.store;

import dev.deskhand.kb.AnswerRatings;
import dev.deskhand.kb.Feedback;
import dev.deskhand.kb.FeedbackLog;
import dev.deskhand.kb.FeedbackReason;
import dev.deskhand.kb.RatedAnswer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Answer feedback in {@code kb_feedback}. */
public final class JdbcFeedbackLog implements FeedbackLog, AnswerRatings {

    private final DataSource dataSource;

    public JdbcFeedbackLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(Feedback f) {
        Jdbc.update(dataSource, """
                INSERT INTO kb_feedback (given_at, article_id, helpful, reason, query, channel_id, user_id, below_bar,
                                         confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                f.at(), f.articleId(), f.helpful(), f.reason().map(Enum::name).orElse(null),
                JdbcSearchLog.cut(f.query()), f.channelId(), f.userId().orElse(null), f.belowBar(),
                f.confidence().isPresent() ? f.confidence().getAsDouble() : null);
    }

    /**
     * Verdicts on top hits: helpful clicks, and the "wrong article" reason (a bare "not helpful" may mean the right
     * article was outdated or thin, which no bar can fix).
     */
    @Override
    public List<RatedAnswer> since(Instant from) {
        String sql = "SELECT confidence, helpful FROM kb_feedback WHERE confidence IS NOT NULL AND given_at >= ? "
                + "AND (helpful = TRUE OR reason = ?) ORDER BY id";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            Jdbc.bind(s, from, FeedbackReason.WRONG_ARTICLE.name());
            List<RatedAnswer> votes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    votes.add(new RatedAnswer(rs.getDouble(1), rs.getBoolean(2)));
                }
            }
            return votes;
        } catch (SQLException e) {
            throw new StoreException("Could not read answer feedback: " + sql, e);
        }
    }
}
