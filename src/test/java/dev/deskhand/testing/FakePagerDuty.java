package dev.deskhand.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * PagerDuty's Events API v2 stand-in: {@code POST /v2/enqueue} with {@code routing_key} (32 characters),
 * {@code event_action} trigger|acknowledge|resolve, {@code dedup_key}, and for a trigger a {@code payload} with
 * {@code summary}, {@code source} and {@code severity} (critical|error|warning|info). Valid events get 202
 * {@code {status: success, dedup_key}}; invalid ones 400 {@code {status: invalid event, errors: [...]}}.
 */
public final class FakePagerDuty extends PagingStandIn {
    private static final Set<String> ACTIONS = Set.of("trigger", "acknowledge", "resolve");
    private static final Set<String> SEVERITIES = Set.of("critical", "error", "warning", "info");

    @Override
    protected Answer answer(Call call) {
        if (!"/v2/enqueue".equals(call.path())) {
            return new Answer(404, object().put("message", "Not found"));
        }
        JsonNode event = call.body();
        String error = problem(event);
        if (error != null) {
            ObjectNode body = object().put("status", "invalid event").put("message", "Event object is invalid");
            body.putArray("errors").add(error);
            return new Answer(400, body);
        }
        return new Answer(202, object().put("status", "success").put("message", "Event processed")
                .put("dedup_key", event.path("dedup_key").asText()));
    }

    private static String problem(JsonNode event) {
        if (event.path("routing_key").asText().length() != 32) {
            return "Length of 'routing_key' is incorrect (should be 32 characters)";
        }
        if (!ACTIONS.contains(event.path("event_action").asText())) {
            return "'event_action' is invalid (must be one of the following: 'trigger', 'acknowledge' or 'resolve')";
        }
        if (!event.path("event_action").asText().equals("trigger")) {
            return event.path("dedup_key").asText().isEmpty() ? "'dedup_key' is missing" : null;
        }
        JsonNode payload = event.path("payload");
        if (payload.path("summary").asText().isEmpty() || payload.path("summary").asText().length() > 1024) {
            return "'payload.summary' is missing or too long";
        }
        if (payload.path("source").asText().isEmpty()) {
            return "'payload.source' is missing";
        }
        if (!SEVERITIES.contains(payload.path("severity").asText())) {
            return "'payload.severity' is invalid (must be one of: critical, error, warning, info)";
        }
        return null;
    }
}
