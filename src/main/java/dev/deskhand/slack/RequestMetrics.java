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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Times every request Bolt handles, by kind, name and status. The name is the command, event type, action id (up to
 * its {@code :}) or view callback id only when a handler took the request, so it is one the app registered; anything
 * else is {@code other}, so a label never carries what a sender made up.
 */
final class RequestMetrics implements Middleware {

    private final MeterRegistry registry;
    /**
     * The timers met so far, by kind, name and status: registering looks the meter up through every meter filter,
     * which cost more than the recording. Bounded: a name is one the app registered or {@code other}.
     */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

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
            timer(req.getRequestType().name(), label(req, status), status)
                    .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private Timer timer(String kind, String name, int status) {
        return timers.computeIfAbsent(kind + ' ' + name + ' ' + status, key ->
                Timer.builder("deskhand.slack.requests").description("Requests from Slack handled by Bolt")
                        .tag("kind", kind).tag("name", name).tag("status", String.valueOf(status))
                        .publishPercentileHistogram().register(registry));
    }

    /** The value used when the name is not one the app registered. */
    static final String OTHER = "other";
    /** Names the app registers: commands, event types and ids in lower case, no user text. */
    private static final Pattern REGISTERED_SHAPE = Pattern.compile("/?[a-z_]{1,40}");

    static String label(Request req, int status) {
        if (status == 404) {
            return OTHER; // no handler took it: whatever it is called was made up by the sender
        }
        String name;
        try {
            name = name(req);
        } catch (RuntimeException malformed) {
            return OTHER;
        }
        return name != null && REGISTERED_SHAPE.matcher(name).matches() ? name : OTHER;
    }

    private static String name(Request req) {
        if (req instanceof SlashCommandRequest r) {
            return String.valueOf(r.getPayload().getCommand());
        }
        if (req instanceof EventRequest r) {
            return r.getEventType();
        }
        if (req instanceof BlockActionRequest r && r.getPayload().getActions() != null
                && !r.getPayload().getActions().isEmpty()) {
            String id = r.getPayload().getActions().get(0).getActionId();
            int colon = id.indexOf(':');
            return colon < 0 ? id : id.substring(0, colon);
        }
        if (req instanceof ViewSubmissionRequest r && r.getPayload().getView() != null) {
            return r.getPayload().getView().getCallbackId();
        }
        if (req instanceof MessageShortcutRequest r) {
            return r.getPayload().getCallbackId();
        }
        return OTHER;
    }
}
