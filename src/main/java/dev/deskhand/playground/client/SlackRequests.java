package dev.deskhand.playground.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.playground.workspace.Channel;
import dev.deskhand.playground.workspace.Directory;
import dev.deskhand.playground.workspace.Message;
import dev.deskhand.playground.workspace.Params;
import dev.deskhand.playground.workspace.Person;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bodies Slack sends to an app's request URL, built field by field as Slack documents them: form-encoded
 * slash commands, JSON event callbacks, and {@code payload=} interactivity (block actions, view submissions).
 */
public final class SlackRequests {

    /** A request body and its content type. */
    record Body(String content, String contentType) {
    }

    private final Clock clock;
    private final AtomicLong events = new AtomicLong();

    public SlackRequests(Clock clock) {
        this.clock = clock;
    }

    Body slashCommand(Person user, Channel channel, String command, String text, String responseUrl,
                      String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "playground-verification-token");
        form.put("team_id", Directory.TEAM_ID);
        form.put("team_domain", "playground");
        form.put("channel_id", channel.id());
        form.put("channel_name", channel.isIm() ? "directmessage" : channel.name());
        form.put("user_id", user.id());
        form.put("user_name", user.handle());
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", Directory.APP_ID);
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", triggerId);
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(encode(k) + "=" + encode(v)));
        return new Body(body.toString(), "application/x-www-form-urlencoded");
    }

    /** {@code app_mention} for a channel message that mentions Deskhand. */
    Body appMention(Message message) {
        ObjectNode event = messageEvent(message).put("type", "app_mention");
        return eventCallback(event);
    }

    /** {@code message} with {@code channel_type: im}, for a direct message to Deskhand. */
    Body directMessage(Message message) {
        ObjectNode event = messageEvent(message).put("type", "message").put("channel_type", "im");
        return eventCallback(event);
    }

    private ObjectNode messageEvent(Message message) {
        ObjectNode event = Params.JSON.createObjectNode();
        event.put("user", message.author()).put("text", message.text()).put("ts", message.ts())
                .put("channel", message.channel()).put("event_ts", message.ts()).put("team", Directory.TEAM_ID);
        if (message.threadTs() != null) {
            event.put("thread_ts", message.threadTs());
        }
        return event;
    }

    private Body eventCallback(ObjectNode event) {
        ObjectNode body = Params.JSON.createObjectNode();
        body.put("token", "playground-verification-token");
        body.put("team_id", Directory.TEAM_ID);
        body.put("api_app_id", Directory.APP_ID);
        body.set("event", event);
        body.put("type", "event_callback");
        body.put("event_id", "Ev0PLAY" + String.format("%06d", events.incrementAndGet()));
        body.put("event_time", clock.instant().getEpochSecond());
        body.putArray("authorizations").addObject().put("team_id", Directory.TEAM_ID)
                .put("user_id", Directory.BOT_USER_ID).put("is_bot", true).put("is_enterprise_install", false);
        body.put("is_ext_shared_channel", false);
        return new Body(body.toString(), "application/json");
    }

    /** A click or selection on a message (ephemeral or not). */
    Body messageAction(Person user, Channel channel, Message message, ObjectNode action, String responseUrl,
                       String triggerId) {
        ObjectNode payload = interaction("block_actions", user, triggerId);
        ObjectNode container = payload.putObject("container").put("type", "message")
                .put("message_ts", message.ts()).put("channel_id", channel.id())
                .put("is_ephemeral", message.ephemeral());
        if (message.threadTs() != null) {
            container.put("thread_ts", message.threadTs());
        }
        payload.putObject("channel").put("id", channel.id()).put("name", channel.name());
        if (!message.ephemeral()) {
            payload.set("message", message.json());
        }
        payload.putObject("state").putObject("values");
        payload.put("response_url", responseUrl);
        payload.putArray("actions").add(action);
        return form(payload);
    }

    /** A message shortcut ("More actions" on a message). */
    Body messageShortcut(Person user, Channel channel, Message message, String callbackId, String responseUrl,
                         String triggerId) {
        ObjectNode payload = interaction("message_action", user, triggerId);
        payload.put("callback_id", callbackId);
        payload.putObject("channel").put("id", channel.id()).put("name", channel.name());
        payload.set("message", message.json());
        payload.put("message_ts", message.ts());
        payload.put("response_url", responseUrl);
        Instant now = clock.instant();
        payload.put("action_ts", now.getEpochSecond() + "." + String.format("%06d", now.getNano() / 1000));
        return form(payload);
    }

    /** A click or selection inside a modal. */
    Body viewAction(Person user, ObjectNode viewWithState, ObjectNode action, String triggerId) {
        ObjectNode payload = interaction("block_actions", user, triggerId);
        payload.putObject("container").put("type", "view").put("view_id", viewWithState.path("id").asText());
        payload.set("view", viewWithState);
        payload.putArray("actions").add(action);
        return form(payload);
    }

    Body viewSubmission(Person user, ObjectNode viewWithState, String triggerId) {
        ObjectNode payload = interaction("view_submission", user, triggerId);
        payload.set("view", viewWithState);
        payload.putArray("response_urls");
        return form(payload);
    }

    Body viewClosed(Person user, ObjectNode view) {
        ObjectNode payload = interaction("view_closed", user, null);
        payload.set("view", view);
        payload.put("is_cleared", false);
        return form(payload);
    }

    /** An action as Slack reports it: the element as the app defined it, what was picked, and when. */
    ObjectNode action(JsonNode element, String blockId, JsonNode selection) {
        ObjectNode action = Params.JSON.createObjectNode();
        for (String field : new String[] {"type", "action_id", "text", "value", "style", "url"}) {
            if (element.has(field)) {
                action.set(field, element.get(field));
            }
        }
        action.put("block_id", blockId);
        if (selection != null && selection.isObject()) {
            selection.fields().forEachRemaining(f -> action.set(f.getKey(), f.getValue()));
        }
        Instant now = clock.instant();
        action.put("action_ts", now.getEpochSecond() + "." + String.format("%06d", now.getNano() / 1000));
        return action;
    }

    private static ObjectNode interaction(String type, Person user, String triggerId) {
        ObjectNode payload = Params.JSON.createObjectNode();
        payload.put("type", type);
        payload.putObject("user").put("id", user.id()).put("username", user.handle()).put("name", user.handle())
                .put("team_id", Directory.TEAM_ID);
        payload.putObject("team").put("id", Directory.TEAM_ID).put("domain", "playground");
        payload.put("api_app_id", Directory.APP_ID);
        payload.put("token", "playground-verification-token");
        payload.put("is_enterprise_install", false);
        if (triggerId != null) {
            payload.put("trigger_id", triggerId);
        }
        return payload;
    }

    private static Body form(ObjectNode payload) {
        return new Body("payload=" + encode(payload.toString()), "application/x-www-form-urlencoded");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
