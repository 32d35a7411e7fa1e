package dev.deskhand.playground;

import com.fasterxml.jackson.databind.JsonNode;

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
record Message(String channel, String ts, String threadTs, String author, boolean fromBot, String text,
               JsonNode blocks, String visibleTo, boolean edited) {

    boolean ephemeral() {
        return visibleTo != null;
    }

    boolean visibleFor(String user) {
        return visibleTo == null || visibleTo.equals(user);
    }

    Message replacedBy(String newText, JsonNode newBlocks) {
        return new Message(channel, ts, threadTs, author, fromBot, newText, newBlocks, visibleTo, true);
    }
}
