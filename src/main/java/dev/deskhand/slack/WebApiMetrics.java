package dev.deskhand.slack;

import com.slack.api.SlackConfig;
import com.slack.api.util.http.listener.HttpResponseListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts Web API calls by method and outcome ({@code ok}, {@code ratelimited}, {@code error}, {@code http_5xx}). */
public final class WebApiMetrics extends HttpResponseListener {

    private final MeterRegistry registry;

    private WebApiMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Adds the listener to a Slack client configuration. */
    public static void attach(SlackConfig config, MeterRegistry registry) {
        config.getHttpClientResponseHandlers().add(new WebApiMetrics(registry));
    }

    @Override
    public void accept(State state) {
        String path = state.getResponse().request().url().encodedPath();
        String method = path.contains("/api/") ? path.substring(path.lastIndexOf('/') + 1) : "response_url";
        int code = state.getResponse().code();
        String outcome = code == 429 ? "ratelimited" : code >= 500 ? "http_5xx" : code >= 400 ? "http_4xx" : "ok";
        if (outcome.equals("ok") && state.getParsedResponseBody() != null
                && state.getParsedResponseBody().contains("\"ok\":false")) {
            outcome = "error";
        }
        Counter.builder("deskhand.slack.api.calls").description("Slack Web API calls by method and outcome")
                .tag("method", method).tag("outcome", outcome).register(registry).increment();
    }
}
