package dev.deskhand.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.webhook.WebhookResponse;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import java.io.IOException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells a user, out of band, that something went wrong on our side, with the id to quote to an admin. */
public final class Apologies {

    private static final Logger log = LoggerFactory.getLogger(Apologies.class);

    private final Slack slack;
    private final String botToken;
    private final Executor executor;
    private final Voice voice;

    public Apologies(Slack slack, String botToken, Executor executor, Voice voice) {
        this.slack = slack;
        this.botToken = botToken;
        this.executor = executor;
        this.voice = voice;
    }

    /** The apology in the reader's words; {@code id} is the correlation id an admin can grep the logs for. */
    public static String text(Texts texts, String id) {
        return texts.get("boundary.apology", "reference", id);
    }

    /** Replies through the request's response URL when it has one, otherwise by direct message. */
    void tell(Request<?> req, String id) {
        String responseUrl = req.getResponseUrl();
        String user = userOf(req);
        executor.execute(() -> {
            try {
                if (responseUrl != null) {
                    respond(responseUrl, user, id);
                } else if (user != null) {
                    slack.methods(botToken).chatPostMessage(r -> r.channel(user).text(text(voice.user(user), id)));
                }
            } catch (IOException | com.slack.api.methods.SlackApiException | RuntimeException e) {
                log.warn("Could not deliver the apology for [cid={}]: {}", id, e.toString());
            }
        });
    }

    /**
     * Posts the apology to {@code userId} (null: in the workspace's language) as an ephemeral reply to a
     * {@code response_url}.
     */
    public void respond(String responseUrl, String userId, String id) throws IOException {
        WebhookResponse response = slack.send(responseUrl,
                "{\"response_type\":\"ephemeral\",\"replace_original\":false,\"text\":"
                        + com.fasterxml.jackson.databind.node.TextNode.valueOf(text(voice.user(userId), id)) + "}");
        if (response.getCode() >= 300) {
            log.warn("response_url answered {} for the apology [cid={}]", response.getCode(), id);
        }
    }

    /** The person behind a request, when it says; their language is the apology's. */
    static String userOf(Request<?> req) {
        if (req instanceof SlashCommandRequest r) {
            return r.getPayload().getUserId();
        }
        if (req instanceof BlockActionRequest r && r.getPayload().getUser() != null) {
            return r.getPayload().getUser().getId();
        }
        if (req instanceof ViewSubmissionRequest r && r.getPayload().getUser() != null) {
            return r.getPayload().getUser().getId();
        }
        if (req instanceof MessageShortcutRequest r && r.getPayload().getUser() != null) {
            return r.getPayload().getUser().getId();
        }
        return null;
    }
}
