package dev.deskhand.store;

import dev.deskhand.home.HomeViewers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/** {@link HomeViewers} over {@code home_viewers} and {@code home_viewer_teams} (V12). */
public final class JdbcHomeViewers implements HomeViewers {

    private final DataSource dataSource;

    public JdbcHomeViewers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void opened(String userId, Set<String> teams, Instant at) {
        // Update first, insert when there was nothing to update; two replicas inserting the same user at once: the
        // loser's insert fails on the key and it updates instead (MERGE and ON CONFLICT are not portable).
        for (int attempt = 0; attempt < 2; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    if (run(c, "UPDATE home_viewers SET opened_at = ? WHERE user_id = ?", at, userId) == 0) {
                        run(c, "INSERT INTO home_viewers (user_id, opened_at) VALUES (?, ?)", userId, at);
                    }
                    run(c, "DELETE FROM home_viewer_teams WHERE user_id = ?", userId);
                    for (String team : new TreeSet<>(teams)) {
                        run(c, "INSERT INTO home_viewer_teams (user_id, team) VALUES (?, ?)", userId, team);
                    }
                    c.commit();
                    return;
                } catch (SQLException e) {
                    c.rollback();
                    if (attempt == 0 && Jdbc.isUniqueViolation(e)) {
                        continue;
                    }
                    throw e;
                }
            } catch (SQLException e) {
                throw new StoreException("Could not remember the home of " + userId, e);
            }
        }
    }

    @Override
    public Optional<Set<String>> teamsOf(String userId) {
        if (query("SELECT user_id FROM home_viewers WHERE user_id = ?", List.of(userId)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LinkedHashSet<>(query(
                "SELECT team FROM home_viewer_teams WHERE user_id = ? ORDER BY team", List.of(userId))));
    }

    @Override
    public Set<String> watching(Set<String> users, Set<String> teams) {
        Set<String> found = new TreeSet<>();
        if (!users.isEmpty()) {
            found.addAll(query("SELECT user_id FROM home_viewers WHERE user_id IN (" + marks(users) + ")",
                    List.copyOf(users)));
        }
        if (!teams.isEmpty()) {
            found.addAll(query("SELECT DISTINCT user_id FROM home_viewer_teams WHERE team IN (" + marks(teams) + ")",
                    List.copyOf(teams)));
        }
        return found;
    }

    private static String marks(Collection<?> values) {
        return String.join(", ", values.stream().map(v -> "?").toList());
    }

    private static int run(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Jdbc.bind(s, args);
            return s.executeUpdate();
        }
    }

    private List<String> query(String sql, List<Object> args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            Jdbc.bind(s, args.toArray());
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read home viewers: " + sql, e);
        }
    }
}
