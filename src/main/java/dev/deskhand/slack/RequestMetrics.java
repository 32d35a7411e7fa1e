package dev.deskhand.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every request Bolt handles, by kind, name (the command, event type, action id or view callback: fixed sets
 * declared by the app, never user text) and status.
 */
final class RequestMetrics implements Middleware {

    private final MeterRegistry registry;

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        long started = System.nanoTime();
        int status = 500;
        try {
            Response response = chain.next(req);
            status = response.getStatusCode();
            return response;
        } finally {
            Timer.builder("deskhand.slack.requests").description("Requests from Slack handled by Bolt")
                    .tag("kind", req.getRequestType().name()).tag("name", name(req))
                    .tag("status", String.valueOf(status)).publishPercentileHistogram().register(registry)
                    .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private static String name(Request req) {
        if (req instanceof SlashCommandRequest r) {
            return String.valueOf(r.getPayload().getCommand());
        }
        if (req instanceof EventRequest r) {
            return r.getEventType();
        }
        if (req instanceof BlockActionRequest r && !r.getPayload().getActions().isEmpty()) {
            String id = r.getPayload().getActions().get(0).getActionId();
            int colon = id.indexOf(':');
            return colon < 0 ? id : id.substring(0, colon);
        }
        if (req instanceof ViewSubmissionRequest r) {
            return r.getPayload().getView().getCallbackId();
        }
        if (req instanceof MessageShortcutRequest r) {
            return r.getPayload().getCallbackId();
        }
        return "-";
    }
}
