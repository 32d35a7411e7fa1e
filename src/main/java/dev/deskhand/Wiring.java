package dev.deskhand;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import dev.deskhand.config.AppConfig;
import dev.deskhand.server.CorrelationFilter;
import dev.deskhand.server.HealthServlet;
import dev.deskhand.server.HttpServer;
import dev.deskhand.server.ReadinessServlet;
import dev.deskhand.slack.Apologies;
import dev.deskhand.slack.BoltAppFactory;
import dev.deskhand.slack.BoltServlet;
import dev.deskhand.slack.ComingSoonFeature;
import dev.deskhand.slack.SignatureVerifier;
import dev.deskhand.slack.SignedRequestFilter;
import dev.deskhand.slack.SlackFeature;
import dev.deskhand.store.Database;
import dev.deskhand.store.JdbcEventReceipts;
import jakarta.servlet.Filter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The composition root: builds every part from the configuration, by constructor, and owns their lifecycle.
 * Nothing else constructs long-lived objects, and there are no statics to reach around it.
 */
public final class Wiring implements AutoCloseable {

    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final HttpServer server;

    private Wiring(AppConfig config, Clock clock) throws Exception {
        Database database = own(new Database(config.database()));
        database.migrate();

        ExecutorService work = Executors.newFixedThreadPool(8, named("work"));
        closeables.add(() -> shutdown(work));

        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(config.slackApiUrl());
        Slack slack = Slack.getInstance(slackConfig);
        Apologies apologies = new Apologies(slack, config.botToken(), work);

        List<SlackFeature> features = List.of(new ComingSoonFeature(List.of("/kb", "/escalate", "/digest"), true));
        App app = new BoltAppFactory(slack, config.botToken(), new JdbcEventReceipts(database.dataSource()),
                apologies, clock, features).create();
        app.start();

        Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
        checks.put("database", database::isReady);

        Map<String, Filter> filters = new LinkedHashMap<>();
        filters.put("/*", new CorrelationFilter());
        filters.put("/slack/events", new SignedRequestFilter(new SignatureVerifier(config.signingSecret(), clock)));
        var routes = HttpServer.routes();
        routes.put("/slack/events", new BoltServlet(app));
        routes.put("/healthz", new HealthServlet());
        routes.put("/readyz", new ReadinessServlet(checks));
        server = HttpServer.start(config.bindAddress(), config.port(), routes, filters);
        // The server stops first so in-flight requests finish before the pool and executors go away.
        closeables.add(0, server);
    }

    /** Builds and starts everything; the caller closes it to shut down gracefully. */
    public static Wiring start(AppConfig config, Clock clock) throws Exception {
        return new Wiring(config, clock);
    }

    public int port() {
        return server.port();
    }

    private <T extends AutoCloseable> T own(T closeable) {
        closeables.add(closeable);
        return closeable;
    }

    @Override
    public void close() {
        for (AutoCloseable closeable : closeables) {
            try {
                closeable.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(Wiring.class).warn("Error while shutting down {}", closeable, e);
            }
        }
    }

    private static void shutdown(ExecutorService executor) throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
