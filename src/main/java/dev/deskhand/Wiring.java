package dev.deskhand;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import dev.deskhand.config.AppConfig;
import dev.deskhand.config.Settings;
import dev.deskhand.config.SettingsFile;
import dev.deskhand.digest.DigestScheduler;
import dev.deskhand.escalation.Backoff;
import dev.deskhand.escalation.EscalationService;
import dev.deskhand.escalation.EscalationSettings;
import dev.deskhand.escalation.SlaReminders;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.kb.LuceneKnowledgeBase;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.metrics.MeteredDigestSlots;
import dev.deskhand.metrics.MeteredEscalationStore;
import dev.deskhand.metrics.MeteredKnowledgeBase;
import io.micrometer.core.instrument.Gauge;
import dev.deskhand.metrics.Metrics;
import dev.deskhand.server.CorrelationFilter;
import dev.deskhand.server.HealthServlet;
import dev.deskhand.server.HttpServer;
import dev.deskhand.server.MetricsServlet;
import dev.deskhand.server.ReadinessServlet;
import dev.deskhand.slack.AfterAck;
import dev.deskhand.slack.Apologies;
import dev.deskhand.slack.BoltAppFactory;
import dev.deskhand.slack.BoltServlet;
import dev.deskhand.slack.SignatureVerifier;
import dev.deskhand.slack.SignedRequestFilter;
import dev.deskhand.slack.SlackCalls;
import dev.deskhand.slack.SlackFeature;
import dev.deskhand.slack.SocketModeConnection;
import dev.deskhand.slack.WebApiMetrics;
import dev.deskhand.slack.digest.DigestFeature;
import dev.deskhand.slack.digest.SlackDigestPublisher;
import dev.deskhand.slack.escalation.EscalationFeature;
import dev.deskhand.slack.escalation.OutboxSender;
import dev.deskhand.slack.kb.KbFeature;
import dev.deskhand.store.Database;
import dev.deskhand.store.JdbcDigestSlots;
import dev.deskhand.store.JdbcEscalationStore;
import dev.deskhand.store.JdbcEventReceipts;
import dev.deskhand.store.JdbcOutbox;
import dev.deskhand.store.JdbcFeedbackLog;
import dev.deskhand.store.JdbcSearchLog;
import jakarta.servlet.Filter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every part from the configuration, by constructor, and owns their lifecycle.
 * Nothing else constructs long-lived objects, and there are no statics to reach around it.
 */
public final class Wiring implements AutoCloseable {

    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final HttpServer server;
    private final List<Routine> routines;

    private Wiring(AppConfig config, Clock clock, boolean routinesInBackground) throws Exception {
        Metrics metrics = own(new Metrics());
        Database database = own(new Database(config.database(), null, metrics.registry()));
        database.migrate();
        ExecutorService work = executor(8, "work");

        // The index builds in the background so /healthz answers at once; /readyz waits for the first build.
        ExecutorService kbThreads = executor(2, "kb-index");
        LuceneKnowledgeBase index = own(new LuceneKnowledgeBase(config.knowledgeDir(), clock, kbThreads));
        kbThreads.execute(index::start);
        KnowledgeBase knowledgeBase = new MeteredKnowledgeBase(index, metrics.registry());

        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(config.slackApiUrl());
        WebApiMetrics.attach(slackConfig, metrics.registry());
        Slack slack = Slack.getInstance(slackConfig);
        Apologies apologies = new Apologies(slack, config.botToken(), work);
        AfterAck afterAck = new AfterAck(work, apologies);
        SlackCalls calls = new SlackCalls(duration -> Thread.sleep(duration.toMillis()));

        Settings settings = new SettingsFile().loadOrExample(config.settingsFile());
        EscalationSettings escalationSettings = settings.escalations();
        EscalationStore escalations = new MeteredEscalationStore(new JdbcEscalationStore(database.dataSource()),
                metrics.registry());
        JdbcOutbox outbox = new JdbcOutbox(database.dataSource());
        Gauge.builder("deskhand.outbox.depth", outbox, JdbcOutbox::pendingCount)
                .description("Slack posts owed and not yet delivered").register(metrics.registry());
        EscalationService escalationService = new EscalationService(escalations, escalationSettings, clock);
        OutboxSender outboxSender = new OutboxSender(outbox, escalations,
                escalationSettings, slack.methods(config.botToken()), clock,
                new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5)), Duration.ofSeconds(1));
        SlaReminders slaReminders = new SlaReminders(escalations, escalationSettings.sla(), clock, Duration.ofSeconds(30));
        DigestAssembly digests = new DigestAssembly(database, knowledgeBase, settings.digests(), escalations,
                escalationSettings, clock);
        DigestScheduler digestScheduler = new DigestScheduler(digests.schedules,
                new MeteredDigestSlots(new JdbcDigestSlots(database.dataSource()), metrics.registry()),
                digests.builder, new SlackDigestPublisher(slack, config.botToken()), settings.digests().catchUp(), clock,
                instanceId(), DigestScheduler.DEFAULT_CLAIM_LEASE);

        List<SlackFeature> features = List.of(
                new KbFeature(knowledgeBase, new JdbcSearchLog(database.dataSource()),
                        new JdbcFeedbackLog(database.dataSource()), afterAck, calls, work, clock, true,
                        config.logUsers()),
                new EscalationFeature(escalationService, escalations, escalationSettings, clock),
                new DigestFeature(digests.builder, digests.schedules, digests.subscriptions, settings.digests().admins(),
                        escalationSettings.teamIds(), clock));
        App app = new BoltAppFactory(slack, config.botToken(), new JdbcEventReceipts(database.dataSource()),
                apologies, clock, features, metrics.registry()).create();
        app.start();
        if (config.socketMode()) {
            SocketModeConnection socketMode = own(new SocketModeConnection(config.appToken().orElseThrow(), app));
            socketMode.start();
        }

        routines = List.of(outboxSender, slaReminders, digestScheduler);
        if (routinesInBackground) {
            own(new RoutineScheduler(routines));
        }

        Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
        checks.put("database", database::isReady);
        checks.put("knowledge", knowledgeBase::isReady);
        var routes = routes(checks, metrics);
        if (!config.socketMode()) {
            routes.put("/slack/events", new BoltServlet(app));
        }
        server = HttpServer.start(config.bindAddress(), config.port(), routes, filters(config, clock));
        // Closed in reverse order of creation: the server stops taking requests first, so in-flight ones finish
        // before their executors, the index and the pool go away.
        closeables.add(0, server);
    }

    /** Builds and starts everything; the caller closes it to shut down gracefully. */
    public static Wiring start(AppConfig config, Clock clock) throws Exception {
        return new Wiring(config, clock, true);
    }

    /**
     * Like {@link #start}, but the background routines (outbox, SLA reminders, digests) only run when the caller
     * runs them through {@link #routines()}: tests move a clock and run one round, instead of waiting.
     */
    public static Wiring startWithoutBackgroundRoutines(AppConfig config, Clock clock) throws Exception {
        return new Wiring(config, clock, false);
    }

    public int port() {
        return server.port();
    }

    /** The background routines, so a test can run one round now instead of waiting for its interval. */
    public List<Routine> routines() {
        return routines;
    }

    private static Map<String, Filter> filters(AppConfig config, Clock clock) {
        Map<String, Filter> filters = new LinkedHashMap<>();
        filters.put("/*", new CorrelationFilter());
        if (!config.socketMode()) {
            filters.put("/slack/events", new SignedRequestFilter(new SignatureVerifier(config.signingSecret(), clock)));
        }
        return filters;
    }

    private static Map<String, jakarta.servlet.http.HttpServlet> routes(Map<String, BooleanSupplier> checks,
                                                                        Metrics metrics) {
        var routes = HttpServer.routes();
        routes.put("/healthz", new HealthServlet());
        routes.put("/readyz", new ReadinessServlet(checks));
        routes.put("/metrics", new MetricsServlet(metrics::scrape));
        return routes;
    }

    /** Names this replica in digest slot claims: the host plus a random part, unique even on one host. */
    private static String instanceId() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    private <T extends AutoCloseable> T own(T closeable) {
        closeables.add(0, closeable);
        return closeable;
    }

    private ExecutorService executor(int threads, String name) {
        ExecutorService executor = Executors.newFixedThreadPool(threads, named(name));
        closeables.add(0, () -> {
            executor.shutdown();
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        });
        return executor;
    }

    @Override
    public void close() {
        for (AutoCloseable closeable : closeables) {
            try {
                closeable.close();
            } catch (Exception e) {
                LoggerFactory.getLogger(Wiring.class).warn("Error while shutting down {}", closeable, e);
            }
        }
    }

    private static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
