package dev.deskhand.slack.escalation;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import dev.deskhand.config.DatabaseSettings;
import dev.deskhand.config.SettingsFile;
import dev.deskhand.escalation.Backoff;
import dev.deskhand.escalation.EscalationService;
import dev.deskhand.escalation.EscalationSettings;
import dev.deskhand.escalation.SlaReminders;
import dev.deskhand.server.HttpServer;
import dev.deskhand.slack.Apologies;
import dev.deskhand.slack.BoltAppFactory;
import dev.deskhand.slack.BoltServlet;
import dev.deskhand.slack.SignatureVerifier;
import dev.deskhand.slack.SignedRequestFilter;
import dev.deskhand.store.Database;
import dev.deskhand.store.JdbcEscalationStore;
import dev.deskhand.store.JdbcEventReceipts;
import dev.deskhand.store.JdbcOutbox;
import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.MutableClock;
import dev.deskhand.testing.SlackClient;
import dev.deskhand.testing.TestApp;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.Filter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The escalation feature served over real signed HTTP, wired as {@code Wiring} will wire it, against the fake Slack
 * Web API and an H2 database that outlives {@link #restart()}. Routines do not run by themselves: tests call
 * {@link #sendOutbox()} and {@link #remind()} after moving the clock.
 */
final class EscalationTestApp implements AutoCloseable {
    static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    private final FakeSlackApi slackApi;
    private final MutableClock clock = new MutableClock(START);
    private final Path settingsFile;
    private final String databaseName = "escalation-flows-" + UUID.randomUUID();
    private final Database keepAlive;
    private Running running;

    /** One start of the app; {@link #restart()} replaces it, keeping the database and the fake Slack. */
    private record Running(Database database, HttpServer server, ExecutorService work, SlackClient client,
                           JdbcEscalationStore store, JdbcOutbox outbox, OutboxSender sender, SlaReminders reminders,
                           EscalationService service) {
    }

    EscalationTestApp(Path settingsFile) throws Exception {
        this.slackApi = new FakeSlackApi();
        this.settingsFile = settingsFile;
        // An open pool keeps the in-memory database alive across restarts.
        this.keepAlive = new Database(DatabaseSettings.inMemory(databaseName));
        keepAlive.migrate();
        this.running = start();
    }

    static EscalationTestApp withExampleSettings() throws Exception {
        return new EscalationTestApp(Path.of("deskhand.example.yml"));
    }

    private Running start() throws Exception {
        Database database = new Database(DatabaseSettings.inMemory(databaseName));
        database.migrate();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slackApi.apiUrl());
        Slack slack = Slack.getInstance(config);
        ExecutorService work = Executors.newFixedThreadPool(2);
        EscalationSettings settings = new SettingsFile().load(settingsFile).escalations();
        JdbcEscalationStore store = new JdbcEscalationStore(database.dataSource());
        JdbcOutbox outbox = new JdbcOutbox(database.dataSource());
        EscalationService service = new EscalationService(store, settings, clock);
        EscalationFeature feature = new EscalationFeature(service, store, settings, clock);
        App app = new BoltAppFactory(slack, TestApp.BOT_TOKEN, new JdbcEventReceipts(database.dataSource()),
                new Apologies(slack, TestApp.BOT_TOKEN, work), clock, List.of(feature), new SimpleMeterRegistry())
                .create();
        app.start();
        var routes = HttpServer.routes();
        routes.put("/slack/events", new BoltServlet(app));
        Map<String, Filter> filters = new LinkedHashMap<>();
        filters.put("/slack/events", new SignedRequestFilter(new SignatureVerifier(TestApp.SIGNING_SECRET, clock)));
        HttpServer server = HttpServer.start("127.0.0.1", 0, routes, filters);
        SlackClient client = new SlackClient(URI.create("http://127.0.0.1:" + server.port() + "/slack/events"),
                TestApp.SIGNING_SECRET, clock, slackApi);
        OutboxSender sender = new OutboxSender(outbox, store, settings, slack.methods(TestApp.BOT_TOKEN), clock,
                new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5)), Duration.ofSeconds(1));
        SlaReminders reminders = new SlaReminders(store, settings.sla(), clock, Duration.ofMinutes(1));
        return new Running(database, server, work, client, store, outbox, sender, reminders, service);
    }

    /** Stops the app as a shutdown would (pending outbox work stays in the database) and starts a fresh one. */
    void restart() throws Exception {
        stop();
        running = start();
    }

    private void stop() throws Exception {
        running.server().close();
        running.work().shutdownNow();
        running.database().close();
    }

    FakeSlackApi slackApi() {
        return slackApi;
    }

    MutableClock clock() {
        return clock;
    }

    SlackClient slack() {
        return running.client();
    }

    JdbcEscalationStore store() {
        return running.store();
    }

    JdbcOutbox outbox() {
        return running.outbox();
    }

    EscalationService service() {
        return running.service();
    }

    void sendOutbox() {
        running.sender().runOnce();
    }

    void remind() {
        running.reminders().runOnce();
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the test app", e);
        } finally {
            keepAlive.close();
            slackApi.close();
        }
    }
}
