package dev.deskhand.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What a signed payload must carry before Bolt dispatches it: Slack always sends these fields, so a payload without
 * them is not Slack's and is answered 400 instead of reaching a handler (or Bolt's own matching) with nulls.
 */
final class PayloadCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PayloadCheck() {
    }

    /** The first thing missing, or empty when the payload can be handled. */
    static Optional<String> problem(Request<?> request) {
        if (request instanceof SlashCommandRequest r) {
            return command(r.getPayload());
        }
        if (request instanceof BlockActionRequest r) {
            return blockActions(r.getPayload());
        }
        if (request instanceof ViewSubmissionRequest r) {
            return viewSubmission(r.getPayload());
        }
        if (request instanceof MessageShortcutRequest r) {
            return messageShortcut(r.getPayload());
        }
        if (request instanceof EventRequest r) {
            return event(r.getRequestBodyAsString());
        }
        return Optional.empty();
    }

    /** Fields of an event Bolt's own middleware reads as text (ignoring its own messages, authorising the team). */
    private static final List<String> EVENT_TEXT_FIELDS = List.of("type", "user", "bot_id", "subtype", "channel",
            "channel_type", "text", "ts", "event_ts", "thread_ts", "team");

    private static Optional<String> event(String body) {
        JsonNode envelope;
        try {
            envelope = JSON.readTree(body);
        } catch (IOException e) {
            return Optional.of("event that is not JSON");
        }
        for (String field : List.of("team_id", "api_app_id")) {
            if (envelope.has(field) && !envelope.get(field).isTextual()) {
                return Optional.of("event envelope whose " + field + " is not text");
            }
        }
        JsonNode event = envelope.get("event");
        if (event == null || !event.isObject()) {
            return Optional.of("event_callback without an event");
        }
        if (!event.path("type").isTextual()) {
            return Optional.of("event without a type");
        }
        for (String field : EVENT_TEXT_FIELDS) {
            if (event.has(field) && !event.get(field).isTextual()) {
                return Optional.of("event whose " + field + " is not text");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> command(SlashCommandPayload p) {
        if (p == null || blank(p.getCommand())) {
            return Optional.of("slash command without a command");
        }
        if (blank(p.getUserId())) {
            return Optional.of("slash command without user_id");
        }
        return blank(p.getResponseUrl()) ? Optional.of("slash command without response_url") : Optional.empty();
    }

    private static Optional<String> blockActions(BlockActionPayload p) {
        if (p == null || p.getUser() == null || blank(p.getUser().getId())) {
            return Optional.of("block_actions without a user");
        }
        if (p.getActions() == null || p.getActions().isEmpty()) {
            return Optional.of("block_actions without actions");
        }
        if (p.getActions().stream().anyMatch(action -> action == null || blank(action.getActionId()))) {
            return Optional.of("block_actions with an action without action_id");
        }
        // Clicks in a message come with a response_url; clicks inside a modal (p.getView()) have none.
        boolean inMessage = p.getView() == null;
        return inMessage && blank(p.getResponseUrl()) ? Optional.of("block_actions in a message without response_url")
                : Optional.empty();
    }

    private static Optional<String> viewSubmission(ViewSubmissionPayload p) {
        if (p == null || p.getUser() == null || blank(p.getUser().getId())) {
            return Optional.of("view_submission without a user");
        }
        if (p.getView() == null || blank(p.getView().getId())) {
            // The view id is what makes a resubmission recognisable; without it two submissions would look alike.
            return Optional.of("view_submission without view.id");
        }
        if (blank(p.getView().getCallbackId())) {
            return Optional.of("view_submission without view.callback_id");
        }
        return p.getView().getState() == null ? Optional.of("view_submission without view.state") : Optional.empty();
    }

    private static Optional<String> messageShortcut(MessageShortcutPayload p) {
        if (p == null || blank(p.getCallbackId())) {
            return Optional.of("message_action without callback_id");
        }
        if (p.getUser() == null || blank(p.getUser().getId())) {
            return Optional.of("message_action without a user");
        }
        return blank(p.getResponseUrl()) ? Optional.of("message_action without response_url") : Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
