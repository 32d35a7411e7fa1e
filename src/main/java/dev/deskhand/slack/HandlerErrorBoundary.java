package dev.deskhand.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an exception in a handler into a short apology with a correlation id for the user and a logged error with
 * the same id, instead of a 500 and Slack's generic failure (and never a stack trace in Slack).
 */
final class HandlerErrorBoundary implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(HandlerErrorBoundary.class);

    private final Apologies apologies;

    HandlerErrorBoundary(Apologies apologies) {
        this.apologies = apologies;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        try {
            return chain.next(req);
        } catch (Exception | LinkageError e) {
            String id = CorrelationIds.current();
            log.error("Handler failed for a {} request [cid={}]", req.getRequestType(), id, e);
            if (req instanceof SlashCommandRequest) {
                return Ephemeral.response(Apologies.text(id));
            }
            apologies.tell(req, id);
            return Response.ok();
        }
    }
}
