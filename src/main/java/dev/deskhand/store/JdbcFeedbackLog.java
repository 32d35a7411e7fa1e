package dev.deskhand.store;

import dev.deskhand.kb.Feedback;
import dev.deskhand.kb.FeedbackLog;
import javax.sql.DataSource;

/** Answer feedback in {@code kb_feedback}. */
public final class JdbcFeedbackLog implements FeedbackLog {

    private final DataSource dataSource;

    public JdbcFeedbackLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(Feedback f) {
        Jdbc.update(dataSource, """
                INSERT INTO kb_feedback (given_at, article_id, helpful, reason, query, channel_id, user_id, below_bar)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                f.at(), f.articleId(), f.helpful(), f.reason().map(Enum::name).orElse(null),
                JdbcSearchLog.cut(f.query()), f.channelId(), f.userId().orElse(null), f.belowBar());
    }
}
