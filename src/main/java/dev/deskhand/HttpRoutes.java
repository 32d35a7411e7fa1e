package dev.deskhand;

import dev.deskhand.config.AppConfig;
import dev.deskhand.metrics.Metrics;
import dev.deskhand.server.CorrelationFilter;
import dev.deskhand.server.HealthServlet;
import dev.deskhand.server.HttpServer;
import dev.deskhand.server.MetricsServlet;
import dev.deskhand.server.ReadinessServlet;
import dev.deskhand.slack.SignatureVerifier;
import dev.deskhand.slack.SignedRequestFilter;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** What the HTTP server serves: the operational endpoints, and the filters in front of Slack's request URL. */
final class HttpRoutes {

    private HttpRoutes() {
    }

    static Map<String, HttpServlet> operational(Map<String, BooleanSupplier> readiness, Metrics metrics) {
        return operational(readiness, Map.of(), metrics);
    }

    /** @param details per check, why it fails (shown instead of "failing" when not {@code null}) */
    static Map<String, HttpServlet> operational(Map<String, BooleanSupplier> readiness,
                                                Map<String, Supplier<String>> details, Metrics metrics) {
        Map<String, HttpServlet> routes = HttpServer.routes();
        routes.put("/healthz", new HealthServlet());
        routes.put("/readyz", new ReadinessServlet(readiness, details));
        routes.put("/metrics", new MetricsServlet(metrics::scrape));
        return routes;
    }

    static Map<String, Filter> filters(AppConfig config, Clock clock) {
        Map<String, Filter> filters = new LinkedHashMap<>();
        filters.put("/*", new CorrelationFilter());
        if (!config.socketMode()) {
            filters.put("/slack/events", new SignedRequestFilter(new SignatureVerifier(config.signingSecret(), clock)));
        }
        return filters;
    }
}
