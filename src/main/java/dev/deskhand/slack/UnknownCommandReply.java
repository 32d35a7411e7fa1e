package dev.deskhand.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * Bolt answers a slash command nobody registered with 404, which Slack shows as a bare failure; this replaces it
 * with a short ephemeral list of the commands that do exist.
 */
final class UnknownCommandReply implements Middleware {

    static final String TEXT = "Deskhand doesn't know %s. Try `/kb <question>` to search the knowledge base, "
            + "`/escalate` to hand off a customer problem, or `/digest preview` to see the queue digest.";

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        Response response = chain.next(req);
        if (req instanceof SlashCommandRequest command && response.getStatusCode() == 404) {
            String name = command.getPayload().getCommand();
            return Ephemeral.response(TEXT.formatted(Mrkdwn.escape(name == null ? "that command" : "`" + name + "`")));
        }
        return response;
    }
}
