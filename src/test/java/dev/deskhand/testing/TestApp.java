package dev.deskhand.testing;

import dev.deskhand.Wiring;
import dev.deskhand.config.AppConfig;
import dev.deskhand.config.Environment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole app started in-process as {@code serve} would start it, on a random loopback port, against a
 * {@link FakeSlackApi} and a real H2 file database in a temporary folder, with a {@link MutableClock}.
 */
public final class TestApp implements AutoCloseable {

    public static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    public static final String BOT_TOKEN = "xoxb-test-0000-secret";
    public static final Instant START = Instant.parse("2026-11-23T00:30:00Z");

    private final FakeSlackApi slackApi;
    private final MutableClock clock;
    private Wiring wiring;
    private SlackClient slack;
    private dev.deskhand.store.Database database;
    private final Path dataDir;
    private final AppConfig config;

    private TestApp(Map<String, String> overrides, java.util.function.Consumer<FakeSlackApi> prepare) throws Exception {
        this.slackApi = new FakeSlackApi();
        prepare.accept(slackApi);
        this.clock = new MutableClock(START);
        this.dataDir = Files.createTempDirectory("deskhand-test");
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
        env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        env.put("SLACK_API_URL", slackApi.apiUrl());
        env.put("PORT", "0");
        env.put("BIND_ADDRESS", "127.0.0.1");
        env.put("DESKHAND_DATA_DIR", dataDir.toString());
        env.put("KNOWLEDGE_DIR", Path.of("knowledge").toAbsolutePath().toString());
        env.put("DESKHAND_CONFIG", Path.of("deskhand.example.yml").toAbsolutePath().toString());
        env.putAll(overrides);
        env.values().removeIf(String::isEmpty);
        if (!Files.exists(Path.of(env.get("DESKHAND_CONFIG")))) {
            env.remove("DESKHAND_CONFIG");
        }
        this.config = AppConfig.load(Environment.of(env));
        boot();
    }

    private void boot() throws Exception {
        this.wiring = Wiring.startWithoutBackgroundRoutines(config, clock);
        awaitReady();
        this.slack = new SlackClient(URI.create("http://127.0.0.1:" + wiring.port() + "/slack/events"),
                SIGNING_SECRET, clock, slackApi);
    }

    /**
     * Stops the app as a shutdown would (whatever it still owes Slack stays in the database) and starts it again
     * on the same database, fake Slack and clock, as a restarted process would.
     */
    public void restart() throws Exception {
        wiring.close();
        boot();
    }

    /** A second connection pool onto the app's database, for reading and seeding state in tests. */
    public synchronized dev.deskhand.store.Database database() {
        if (database == null) {
            database = new dev.deskhand.store.Database(config.database());
        }
        return database;
    }

    /** Polls /readyz (bounded generously: a loaded 2-core CI machine builds the index slowly) so tests start once the knowledge index is built. */
    private void awaitReady() throws Exception {
        Eventually.await(java.time.Duration.ofSeconds(120), () -> get("/readyz"), r -> r.statusCode() == 200,
                "/readyz answering 200");
    }

    public static TestApp start() throws Exception {
        return new TestApp(Map.of(), api -> { });
    }

    public static TestApp start(Map<String, String> env) throws Exception {
        return new TestApp(env, api -> { });
    }

    /** Starts with extra variables, after {@code prepare} has set up the fake Web API (e.g. Socket Mode's URL). */
    public static TestApp start(Map<String, String> env, java.util.function.Consumer<FakeSlackApi> prepare)
            throws Exception {
        return new TestApp(env, prepare);
    }

    public FakeSlackApi slackApi() {
        return slackApi;
    }

    public MutableClock clock() {
        return clock;
    }

    public SlackClient slack() {
        return slack;
    }

    public Wiring wiring() {
        return wiring;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Runs one round of the named background routine now (e.g. {@code digest-scheduler}, {@code outbox}). */
    public void runRoutine(String name) {
        wiring.routines().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no routine " + name + " in "
                        + wiring.routines().stream().map(dev.deskhand.Routine::name).toList()))
                .runOnce();
    }

    /** A plain GET against the app, e.g. {@code /readyz}. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + wiring.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Rows of a query against the app's own database, each row as column → value (lower-case names). */
    public java.util.List<Map<String, Object>> rows(String sql, Object... args) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection(config.database().jdbcUrl());
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (var rs = statement.executeQuery()) {
                var out = new java.util.ArrayList<Map<String, Object>>();
                var meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT), rs.getObject(c));
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    /** Polls (bounded) until the query returns at least {@code count} rows; for work done after the ack. */
    public java.util.List<Map<String, Object>> awaitRows(int count, String sql, Object... args) throws Exception {
        return Eventually.await(java.time.Duration.ofSeconds(10), () -> rows(sql, args), rows -> rows.size() >= count,
                count + " row(s) for " + sql);
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
        wiring.close();
        slackApi.close();
    }
}
