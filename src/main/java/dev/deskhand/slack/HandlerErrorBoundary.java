package dev.deskhand.slack;

import dev.deskhand.server.CorrelationIds;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an exception in a handler into a short apology with a correlation id for the user and a logged error with
 * the same id, instead of a 500 and Slack's generic failure (and never a stack trace in Slack).
 */
final class HandlerErrorBoundary implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(HandlerErrorBoundary.class);

    private final Apologies apologies;
    private final Voice voice;

    HandlerErrorBoundary(Apologies apologies, Voice voice) {
        this.apologies = apologies;
        this.voice = voice;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        try {
            return chain.next(req);
        } catch (Exception | LinkageError e) {
            String id = CorrelationIds.current();
            log.error("Handler failed for a {} request [cid={}]", req.getRequestType(), id, e);
            if (req instanceof SlashCommandRequest) {
                return Ephemeral.response(Apologies.text(voice.user(Apologies.userOf(req)), id));
            }
            if (req instanceof ViewSubmissionRequest submission) {
                Response keepOpen = keepFormOpen(submission, id, voice.user(Apologies.userOf(req)));
                if (keepOpen != null) {
                    return keepOpen;
                }
            }
            apologies.tell(req, id);
            return Response.ok();
        }
    }

    /**
     * Keeps a form open with the apology shown on its first field, so what the user typed is not lost and they can
     * simply submit again; null when the form has no input field to attach it to.
     */
    static Response keepFormOpen(ViewSubmissionRequest submission, String id, Texts texts) {
        var view = submission.getPayload().getView();
        if (view == null || view.getBlocks() == null) {
            return null;
        }
        for (LayoutBlock block : view.getBlocks()) {
            if (block instanceof InputBlock input && input.getBlockId() != null) {
                ObjectNode body = JsonNodeFactory.instance.objectNode();
                body.put("response_action", "errors");
                body.putObject("errors").put(input.getBlockId(), texts.get("boundary.formNotSaved", "reference", id));
                return Response.json(200, body.toString());
            }
        }
        return null;
    }
}
