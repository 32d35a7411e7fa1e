package dev.deskhand.playground.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deskhand.playground.workspace.BlockKitLimits;
import dev.deskhand.playground.workspace.Channel;
import dev.deskhand.playground.workspace.Directory;
import dev.deskhand.playground.workspace.Message;
import dev.deskhand.playground.workspace.Params;
import dev.deskhand.playground.workspace.Person;
import dev.deskhand.playground.workspace.ResponseTarget;
import dev.deskhand.playground.workspace.Workspace;
import dev.deskhand.slack.text.Texts;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The message box: a slash command goes to the app as Slack sends commands, and the acknowledgement is shown the
 * way Slack shows it; a message mentioning {@code @Deskhand} becomes an {@code app_mention}; a direct message to
 * Deskhand a {@code message.im} event; any other message is just posted.
 */
public final class Composer {

    private static final Logger log = LoggerFactory.getLogger(Composer.class);

    private final Workspace workspace;
    private final SlackRequests requests;
    private final SignedForwarder forwarder;
    private final String responseUrlBase;

    public Composer(Workspace workspace, SlackRequests requests, SignedForwarder forwarder, String responseUrlBase) {
        this.workspace = workspace;
        this.requests = requests;
        this.forwarder = forwarder;
        this.responseUrlBase = responseUrlBase;
    }

    public Outcome send(String userId, String channelId, String threadTs, String typed, Texts texts) throws IOException {
        Optional<Person> user = workspace.directory().member(userId);
        Optional<Channel> channel = Optional.ofNullable(channelId).flatMap(id -> workspace.directory().channel(id));
        String text = typed == null ? "" : typed.strip();
        if (user.isEmpty() || channel.isEmpty()) {
            return Outcome.refused("playground.error.unknownTarget");
        }
        if (text.isEmpty()) {
            return Outcome.refused("playground.error.empty");
        }
        if (threadTs != null && workspace.find(channel.get().id(), threadTs).isEmpty()) {
            return Outcome.refused("playground.error.threadGone");
        }
        if (text.startsWith("/")) {
            return command(user.get(), channel.get(), text, texts);
        }
        Message message = workspace.post(channel.get().id(), threadTs, user.get().id(), false,
                UserText.encode(text, workspace.directory()), null, null);
        if (channel.get().isIm()) {
            return deliver(requests.directMessage(message), "message.im");
        }
        if (UserText.mentionsBot(message.text())) {
            return deliver(requests.appMention(message), "app_mention");
        }
        return Outcome.OK;
    }

    private Outcome deliver(SlackRequests.Body event, String what) throws IOException {
        SignedForwarder.Reply reply = forwarder.send(event);
        if (!reply.ok()) {
            log.warn("The app answered {} to an {} event: {}", reply.status(), what, reply.body());
            return Outcome.refused("playground.error.appHttp", "status", String.valueOf(reply.status()));
        }
        return Outcome.OK;
    }

    private Outcome command(Person user, Channel channel, String text, Texts texts) throws IOException {
        int space = text.indexOf(' ');
        String command = space < 0 ? text : text.substring(0, space);
        String argument = space < 0 ? "" : text.substring(space + 1).strip();
        String responseId = workspace.newResponseUrl(new ResponseTarget(channel.id(), user.id(), null));
        SlackRequests.Body body = requests.slashCommand(user, channel, command, argument,
                responseUrlBase + responseId, workspace.newTrigger(user.id()));
        SignedForwarder.Reply reply = forwarder.send(body);
        if (reply.tooSlowForSlack()) {
            slackbot(channel, user, texts.get("playground.slackbot.slow", "command", command,
                    "millis", reply.elapsed().toMillis()));
        }
        if (!reply.ok()) {
            slackbot(channel, user, texts.get("playground.slackbot.failed", "command", command,
                    "status", String.valueOf(reply.status())));
            return Outcome.OK;
        }
        showAcknowledgement(reply.body(), user, channel, text, responseId, texts);
        return Outcome.OK;
    }

    /** An acknowledgement with a body is a message: ephemeral unless {@code response_type} is {@code in_channel}. */
    private void showAcknowledgement(String body, Person user, Channel channel, String typed, String responseId,
                                     Texts texts) {
        if (body == null || body.isBlank()) {
            return;
        }
        JsonNode json;
        try {
            json = Params.JSON.readTree(body);
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            Message plain = workspace.post(channel.id(), null, Directory.BOT_USER_ID, true, body, null, user.id());
            workspace.pointResponseUrlAt(responseId, plain.ts());
            return;
        }
        String text = json.path("text").asText(null);
        JsonNode blocks = json.get("blocks");
        if (text == null && (blocks == null || blocks.isEmpty())) {
            return;
        }
        Optional<String> invalid = blocks == null ? Optional.empty() : BlockKitLimits.checkMessage(blocks);
        if (invalid.isPresent()) {
            slackbot(channel, user, texts.get("playground.slackbot.invalidBlocks", "command", typed.split(" ")[0],
                    "problem", invalid.get()));
            return;
        }
        boolean inChannel = "in_channel".equals(json.path("response_type").asText());
        if (inChannel) {
            // Slack shows the command itself when the answer is public, so the channel sees what was asked.
            workspace.post(channel.id(), null, user.id(), false, UserText.encode(typed, workspace.directory()),
                    null, null);
        }
        Message answer = workspace.post(channel.id(), null, Directory.BOT_USER_ID, true, text,
                blocks == null || blocks.isEmpty() ? null : blocks, inChannel ? null : user.id());
        workspace.pointResponseUrlAt(responseId, answer.ts());
    }

    private void slackbot(Channel channel, Person user, String text) {
        workspace.post(channel.id(), null, Directory.SLACKBOT.id(), false, text, null, user.id());
    }
}
