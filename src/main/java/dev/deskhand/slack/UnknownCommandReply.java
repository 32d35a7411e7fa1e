package dev.deskhand.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;

/**
 * Bolt answers a slash command nobody registered with 404, which Slack shows as a bare failure; this replaces it
 * with a short ephemeral list of the commands that do exist.
 */
final class UnknownCommandReply implements Middleware {

    private final Voice voice;

    UnknownCommandReply(Voice voice) {
        this.voice = voice;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        Response response = chain.next(req);
        if (req instanceof SlashCommandRequest command && response.getStatusCode() == 404) {
            String name = command.getPayload().getCommand();
            Texts texts = voice.user(command.getPayload().getUserId());
            return Ephemeral.response(name == null || name.isBlank() ? texts.get("boundary.unknownCommand.unnamed")
                    : texts.get("boundary.unknownCommand", "command", Mrkdwn.code(Mrkdwn.escape(name))));
        }
        return response;
    }
}
