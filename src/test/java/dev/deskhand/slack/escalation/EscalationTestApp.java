package dev.deskhand.slack.escalation;

import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.MutableClock;
import dev.deskhand.testing.SlackClient;
import dev.deskhand.testing.TestApp;
import dev.deskhand.store.JdbcEscalationStore;
import dev.deskhand.store.JdbcOutbox;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The whole app ({@link TestApp}) seen from the escalation tests: the store and outbox read straight from its
 * database, and the outbox and SLA routines run one round when a test says so, after moving the clock.
 */
final class EscalationTestApp implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    private final TestApp app;

    EscalationTestApp(Path settingsFile) throws Exception {
        this(settingsFile, Map.of());
    }

    /** With extra environment variables (the paging keys {@code deskhand.yml} names). */
    EscalationTestApp(Path settingsFile, Map<String, String> env) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("DESKHAND_CONFIG", settingsFile.toAbsolutePath().toString());
        this.app = TestApp.start(all);
        app.clock().set(START);
    }

    static EscalationTestApp withExampleSettings() throws Exception {
        return new EscalationTestApp(Path.of("deskhand.example.yml"));
    }

    void restart() throws Exception {
        app.restart();
    }

    FakeSlackApi slackApi() {
        return app.slackApi();
    }

    MutableClock clock() {
        return app.clock();
    }

    SlackClient slack() {
        return app.slack();
    }

    JdbcEscalationStore store() {
        return new JdbcEscalationStore(app.database().dataSource());
    }

    JdbcOutbox outbox() {
        return new JdbcOutbox(app.database().dataSource());
    }

    /** The rows of a query against the app's database, each row's columns joined by a space. */
    java.util.List<String> rows(String sql) throws java.sql.SQLException {
        try (var connection = app.database().dataSource().getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            java.util.List<String> out = new java.util.ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(rows.getString(i));
                }
                out.add(row.toString());
            }
            return out;
        }
    }

    /** A plain GET against the app, e.g. {@code /metrics}. */
    String get(String path) throws Exception {
        return app.get(path).body();
    }

    void sendOutbox() {
        app.runRoutine("escalation-outbox");
    }

    void postDigestNow(String channelId) {
        app.wiring().postDigestNow(channelId);
    }

    java.util.List<Map<String, Object>> rows(String sql, Object... args) throws java.sql.SQLException {
        return app.rows(sql, args);
    }

    /** {@link TestApp#awaitRows}: for rows written off the request thread, such as the search log. */
    java.util.List<Map<String, Object>> awaitRows(int count, String sql, Object... args) throws Exception {
        return app.awaitRows(count, sql, args);
    }

    void sendPages() {
        app.runRoutine("paging-outbox");
    }

    void remind() {
        app.runRoutine("sla-reminders");
    }

    @Override
    public void close() {
        app.close();
    }
}
