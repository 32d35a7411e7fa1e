package dev.deskhand.slack.escalation;

import dev.deskhand.slack.escalation.form.EscalateMessageShortcut;
import dev.deskhand.slack.escalation.form.EscalationModal;
import dev.deskhand.slack.escalation.form.KbEscalateAction;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.testing.FakeSlackApi;
import java.util.Map;

/** Interactivity payloads shaped like the ones Slack sends. */
final class Payloads {
    static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {
    }

    private static ObjectNode base(String type, String user) {
        ObjectNode payload = JSON.createObjectNode().put("type", type).put("api_app_id", "A0DESKHAND")
                .put("token", "legacy-verification-token").put("trigger_id", "trigger-" + type + "-" + user);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID).put("domain", "deskhand-test");
        payload.putObject("user").put("id", user).put("username", "user-" + user).put("team_id", FakeSlackApi.TEAM_ID);
        return payload;
    }

    /** A view_submission of {@code callbackId} with the given block id → value (select values prefixed "option:"). */
    static ObjectNode submission(String user, String viewId, String callbackId, String privateMetadata,
                                 Map<String, String> values) {
        ObjectNode payload = base("view_submission", user);
        ObjectNode view = payload.putObject("view").put("id", viewId).put("type", "modal")
                .put("callback_id", callbackId).put("private_metadata", privateMetadata).put("hash", "h-" + viewId)
                .put("team_id", FakeSlackApi.TEAM_ID).put("app_id", "A0DESKHAND");
        ObjectNode state = view.putObject("state").putObject("values");
        values.forEach((block, value) -> {
            ObjectNode element = state.putObject(block).putObject(EscalationModal.VALUE);
            if (value.startsWith("option:")) {
                element.put("type", "static_select");
                ObjectNode option = element.putObject("selected_option").put("value", value.substring(7));
                option.putObject("text").put("type", "plain_text").put("text", value.substring(7));
            } else {
                element.put("type", "plain_text_input").put("value", value);
            }
        });
        return payload;
    }

    /** A click on the card of escalation {@code number} in {@code channel}. */
    static ObjectNode cardAction(String user, String responseUrl, String channel, long number, String actionId,
                                 String value, String selectedOption, String selectedUser) {
        ObjectNode payload = base("block_actions", user);
        payload.put("response_url", responseUrl);
        payload.putObject("channel").put("id", channel).put("name", "team");
        payload.putObject("container").put("type", "message").put("channel_id", channel)
                .put("message_ts", "1700000000.000100");
        payload.putObject("message").put("type", "message").put("ts", "1700000000.000100").put("text", "card");
        ObjectNode action = payload.putArray("actions").addObject().put("action_id", actionId)
                .put("block_id", "escalation:" + number).put("action_ts", "1700000001.000100");
        if (selectedOption != null) {
            action.put("type", "static_select");
            action.putObject("selected_option").put("value", selectedOption).putObject("text")
                    .put("type", "plain_text").put("text", selectedOption);
        } else if (selectedUser != null) {
            action.put("type", "users_select").put("selected_user", selectedUser);
        } else {
            action.put("type", "button").put("value", value);
        }
        return payload;
    }

    /** The knowledge base's Escalate button under an answer. */
    static ObjectNode kbEscalate(String user, String responseUrl, String channel, String articleId) {
        ObjectNode payload = base("block_actions", user);
        payload.put("response_url", responseUrl);
        payload.putObject("channel").put("id", channel).put("name", "support");
        payload.putArray("actions").addObject().put("action_id", KbEscalateAction.ACTION_ID).put("block_id", "kb")
                .put("type", "button").put("value", articleId).put("action_ts", "1700000001.000100");
        return payload;
    }

    /** The "Escalate this message" shortcut on a message. */
    static ObjectNode messageShortcut(String user, String channel, String ts, String text) {
        ObjectNode payload = base("message_action", user);
        payload.put("callback_id", EscalateMessageShortcut.CALLBACK_ID).put("message_ts", ts)
                .put("response_url", "http://127.0.0.1:1/unused");
        payload.putObject("channel").put("id", channel).put("name", "support");
        payload.putObject("message").put("type", "message").put("ts", ts).put("text", text).put("user", "U0CUSTOMER");
        return payload;
    }
}
