package dev.deskhand.playground.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One message as the workspace holds it.
 *
 * @param channel   channel id
 * @param ts        Slack timestamp, unique in the workspace
 * @param threadTs  the parent's ts for a reply in a thread, else null
 * @param author    user id of a person, or the bot's user id
 * @param fromBot   posted by Deskhand
 * @param text      the top-level text (the fallback when blocks are present)
 * @param blocks    Block Kit blocks, or null
 * @param visibleTo the one user who sees an ephemeral message, else null
 * @param edited    changed by {@code chat.update} or {@code replace_original}
 */
public record Message(String channel, String ts, String threadTs, String author, boolean fromBot, String text,
               JsonNode blocks, String visibleTo, boolean edited) {

    public boolean ephemeral() {
        return visibleTo != null;
    }

    public boolean visibleFor(String user) {
        return visibleTo == null || visibleTo.equals(user);
    }

    Message replacedBy(String newText, JsonNode newBlocks) {
        return new Message(channel, ts, threadTs, author, fromBot, newText, newBlocks, visibleTo, true);
    }

    /**
     * The message as Slack shows it to an app, in the Web API's answers and in interactivity payloads alike; it
     * lives with the message so the stand-in and the client side build the one same shape.
     */
    public ObjectNode json() {
        ObjectNode json = Params.JSON.createObjectNode().put("type", "message").put("ts", ts)
                .put("text", text == null ? "" : text).put("user", author);
        if (fromBot) {
            json.put("bot_id", Directory.BOT_ID).put("app_id", Directory.APP_ID);
        }
        if (threadTs != null) {
            json.put("thread_ts", threadTs);
        }
        if (blocks != null) {
            json.set("blocks", blocks);
        }
        return json;
    }
}
