package dev.deskhand.playground.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.playground.workspace.BlockKitLimits;
import dev.deskhand.playground.workspace.Channel;
import dev.deskhand.playground.workspace.Directory;
import dev.deskhand.playground.workspace.Message;
import dev.deskhand.playground.workspace.Params;
import dev.deskhand.playground.workspace.Workspace;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code chat.*}: messages into the workspace, answered and refused as Slack answers and refuses them. */
final class ChatMethods {

    private final Workspace workspace;
    private final Supplier<String> pageUrl;

    ChatMethods(Workspace workspace, Supplier<String> pageUrl) {
        this.workspace = workspace;
        this.pageUrl = pageUrl;
    }

    ObjectNode postMessage(Params params, ObjectNode out) throws Refusal {
        Optional<Channel> channel = workspace.directory().resolve(params.get("channel"));
        if (channel.isEmpty()) {
            throw new Refusal("channel_not_found", null);
        }
        Optional<JsonNode> blocks = blocks(params);
        if (params.get("text") == null && blocks.isEmpty()) {
            throw new Refusal("no_text", null);
        }
        String threadTs = params.get("thread_ts");
        if (threadTs != null && workspace.find(channel.get().id(), threadTs).isEmpty()) {
            throw new Refusal("thread_not_found", null);
        }
        Message message = workspace.post(channel.get().id(), threadTs, Directory.BOT_USER_ID, true,
                params.get("text"), blocks.orElse(null), null);
        out.put("channel", message.channel()).put("ts", message.ts());
        out.set("message", message.json());
        return out;
    }

    ObjectNode update(Params params, ObjectNode out) throws Refusal {
        String channel = params.get("channel");
        String ts = params.get("ts");
        if (channel == null || workspace.directory().channel(channel).isEmpty()) {
            throw new Refusal("channel_not_found", null);
        }
        Optional<Message> existing = ts == null ? Optional.empty() : workspace.find(channel, ts);
        if (existing.isEmpty()) {
            throw new Refusal("message_not_found", null);
        }
        if (!existing.get().fromBot()) {
            throw new Refusal("cant_update_message", null);
        }
        Optional<JsonNode> blocks = blocks(params);
        Message updated = workspace.update(channel, ts, params.get("text"), blocks.orElse(null)).orElseThrow();
        out.put("channel", channel).put("ts", ts).put("text", updated.text());
        out.set("message", updated.json());
        return out;
    }

    ObjectNode postEphemeral(Params params, ObjectNode out) throws Refusal {
        Optional<Channel> channel = workspace.directory().resolve(params.get("channel"));
        if (channel.isEmpty()) {
            throw new Refusal("channel_not_found", null);
        }
        String user = params.get("user");
        if (user == null || workspace.directory().person(user).isEmpty()) {
            throw new Refusal("user_not_found", null);
        }
        Optional<JsonNode> blocks = blocks(params);
        if (params.get("text") == null && blocks.isEmpty()) {
            throw new Refusal("no_text", null);
        }
        Message message = workspace.post(channel.get().id(), params.get("thread_ts"), Directory.BOT_USER_ID, true,
                params.get("text"), blocks.orElse(null), user);
        return out.put("message_ts", message.ts());
    }

    ObjectNode delete(Params params, ObjectNode out) throws Refusal {
        String channel = params.get("channel");
        String ts = params.get("ts");
        if (channel == null || ts == null || !workspace.delete(channel, ts)) {
            throw new Refusal("message_not_found", null);
        }
        return out.put("channel", channel).put("ts", ts);
    }

    ObjectNode permalink(Params params, ObjectNode out) throws Refusal {
        String channel = params.get("channel");
        String ts = params.get("message_ts");
        if (channel == null || ts == null || workspace.find(channel, ts).isEmpty()) {
            throw new Refusal("message_not_found", null);
        }
        return out.put("channel", channel)
                .put("permalink", pageUrl.get() + "#/archives/" + channel + "/p" + ts.replace(".", ""));
    }

    private static Optional<JsonNode> blocks(Params params) throws Refusal {
        Optional<JsonNode> blocks;
        try {
            blocks = params.json("blocks");
        } catch (IOException e) {
            throw new Refusal("invalid_blocks", "blocks are not JSON");
        }
        if (blocks.isPresent()) {
            Optional<String> problem = BlockKitLimits.checkMessage(blocks.get());
            if (problem.isPresent()) {
                throw new Refusal("invalid_blocks", problem.get());
            }
        }
        return blocks;
    }
}
