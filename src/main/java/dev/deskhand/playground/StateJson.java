package dev.deskhand.playground;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.playground.workspace.Channel;
import dev.deskhand.playground.workspace.Directory;
import dev.deskhand.playground.workspace.Message;
import dev.deskhand.playground.workspace.Modal;
import dev.deskhand.playground.workspace.Params;
import dev.deskhand.playground.workspace.Workspace;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The page's view of the workspace for one user: people, channels, the messages they can see, their modals. */
final class StateJson {

    private final Workspace workspace;
    private final PlaygroundClock clock;
    private final DigestButton digest;
    private final List<MessageShortcuts.Shortcut> shortcuts;

    StateJson(Workspace workspace, PlaygroundClock clock, DigestButton digest,
              List<MessageShortcuts.Shortcut> shortcuts) {
        this.workspace = workspace;
        this.clock = clock;
        this.digest = digest;
        this.shortcuts = List.copyOf(shortcuts);
    }

    ObjectNode render(String user) {
        Workspace.Snapshot snapshot = workspace.snapshot(user);
        ObjectNode state = Params.JSON.createObjectNode();
        state.put("version", snapshot.version());
        Instant now = clock.instant();
        state.put("now", now.toString()).put("nowEpochMillis", now.toEpochMilli())
                .put("offsetSeconds", clock.offset().toSeconds());
        state.put("digestAvailable", digest.available());
        ArrayNode shortcutList = state.putArray("shortcuts");
        shortcuts.forEach(s -> shortcutList.addObject().put("callbackId", s.callbackId()).put("name", s.name()));
        ObjectNode bot = state.putObject("bot");
        bot.put("id", Directory.BOT_USER_ID).put("name", Directory.BOT.realName());
        ArrayNode people = state.putArray("people");
        workspace.directory().people().forEach(p -> people.addObject().put("id", p.id()).put("handle", p.handle())
                .put("realName", p.realName()).put("title", p.title()).put("locale", p.locale()));
        people.addObject().put("id", Directory.BOT_USER_ID).put("handle", Directory.BOT.handle())
                .put("realName", Directory.BOT.realName()).put("title", "App").put("bot", true);
        people.addObject().put("id", Directory.SLACKBOT.id()).put("handle", Directory.SLACKBOT.handle())
                .put("realName", Directory.SLACKBOT.realName()).put("title", "").put("bot", true);
        ArrayNode channels = state.putArray("channels");
        for (Channel channel : workspace.directory().channels()) {
            boolean someoneElsesIm = channel.isIm() && !channel.id().equals(Directory.imOf(user));
            if (!someoneElsesIm) {
                channels.addObject().put("id", channel.id()).put("name", channel.name())
                        .put("im", channel.isIm());
            }
        }
        Map<String, Long> replies = snapshot.messages().stream().filter(m -> m.threadTs() != null)
                .collect(Collectors.groupingBy(m -> m.channel() + "/" + m.threadTs(), Collectors.counting()));
        ArrayNode messages = state.putArray("messages");
        for (Message message : snapshot.messages()) {
            ObjectNode json = messages.addObject().put("channel", message.channel()).put("ts", message.ts())
                    .put("threadTs", message.threadTs()).put("author", message.author())
                    .put("fromBot", message.fromBot()).put("text", message.text())
                    .put("ephemeral", message.ephemeral()).put("edited", message.edited());
            json.set("blocks", message.blocks());
            if (message.threadTs() == null) {
                json.put("replyCount", replies.getOrDefault(message.channel() + "/" + message.ts(), 0L));
            }
        }
        ArrayNode modals = state.putArray("modals");
        for (Modal modal : snapshot.modals()) {
            ObjectNode json = modals.addObject().put("id", modal.id());
            json.set("view", modal.view());
            ObjectNode errors = json.putObject("errors");
            modal.errors().forEach(errors::put);
        }
        return state;
    }
}
