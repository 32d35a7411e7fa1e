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

    static final int MAX_NOTE = 1000;

    private final DataSource dataSource;

    public JdbcFeedbackLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(Feedback f) {
        // The reason arrives after the click, as a second request: it explains the stored vote, it is not another.
        if (f.voteId().isPresent() && Jdbc.update(dataSource,
                "UPDATE kb_feedback SET reason = ?, note = COALESCE(?, note) WHERE vote_id = ?",
                f.reason().map(Enum::name).orElse(null), f.note().map(JdbcFeedbackLog::cutNote).orElse(null),
                f.voteId().get()) > 0) {
            return;
        }
        Jdbc.update(dataSource, """
                INSERT INTO kb_feedback (given_at, article_id, helpful, reason, query, channel_id, user_id, below_bar,
                                         confidence, vote_id, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                f.at(), f.articleId(), f.helpful(), f.reason().map(Enum::name).orElse(null),
                JdbcSearchLog.cut(f.query()), f.channelId(), f.userId().orElse(null), f.belowBar(),
                f.confidence().isPresent() ? f.confidence().getAsDouble() : null, f.voteId().orElse(null),
                f.note().map(JdbcFeedbackLog::cutNote).orElse(null));
    }

    static String cutNote(String note) {
        return note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE);
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
