package dev.deskhand.store;

import dev.deskhand.kb.SearchLog;
import dev.deskhand.kb.SearchLogEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Search logs in {@code search_log}, read back by the digest's knowledge-gap section. */
public final class JdbcSearchLog implements SearchLog {

    private final DataSource dataSource;

    public JdbcSearchLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private static final String INSERT = """
            INSERT INTO search_log (searched_at, query, normalized_query, lang, hit_count, top_score, confidence,
                                    answered, top_article_id, channel_id, user_id, surface)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Override
    public void record(SearchLogEntry e) {
        Jdbc.update(dataSource, INSERT, values(e));
    }

    /** One statement and one transaction for the whole batch: a row costs a few microseconds instead of a commit. */
    @Override
    public void recordAll(List<SearchLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                for (SearchLogEntry e : entries) {
                    Jdbc.bind(statement, values(e));
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not log " + entries.size() + " searches", e);
        }
    }

    private static Object[] values(SearchLogEntry e) {
        return new Object[] {e.at(), cut(e.query()), cut(e.normalizedQuery()), e.lang(), e.hitCount(), e.topScore(),
                e.confidence(), e.answered(), e.topArticleId().orElse(null), e.channelId(), e.userId().orElse(null),
                e.surface()};
    }

    @Override
    public void escalated(String query, long escalationNumber) {
        // The newest miss of that question by anyone: the one the agent was looking at when they escalated.
        Jdbc.update(dataSource, "UPDATE search_log SET escalation_id = ? WHERE id = (SELECT MAX(id) FROM search_log "
                + "WHERE LOWER(query) = LOWER(?) AND answered = FALSE AND escalation_id IS NULL)", escalationNumber,
                cut(query));
    }

    static String cut(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
