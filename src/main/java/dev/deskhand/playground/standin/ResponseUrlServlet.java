package dev.deskhand.playground.standin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deskhand.playground.workspace.BlockKitLimits;
import dev.deskhand.playground.workspace.Directory;
import dev.deskhand.playground.workspace.Message;
import dev.deskhand.playground.workspace.Params;
import dev.deskhand.playground.workspace.ResponseTarget;
import dev.deskhand.playground.workspace.Workspace;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code response_url} posts: a new message (ephemeral unless {@code response_type} is {@code in_channel}), or,
 * with {@code replace_original} / {@code delete_original}, a change to the message the command or button was on.
 * Answers like Slack: {@code ok}, or a 4xx with the reason as plain text.
 */
final class ResponseUrlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Workspace workspace;

    ResponseUrlServlet(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Optional<ResponseTarget> target = workspace.responseTarget(id);
        if (target.isEmpty()) {
            answer(resp, 404, "expired_url");
            return;
        }
        JsonNode json;
        try {
            json = Params.JSON.readTree(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            answer(resp, 400, "invalid_payload");
            return;
        }
        if (json == null || !json.isObject()) {
            answer(resp, 400, "invalid_payload");
            return;
        }
        Answer answer = apply(id, target.get(), json);
        answer(resp, answer.status(), answer.body());
    }

    private record Answer(int status, String body) {
        static final Answer OK = new Answer(200, "ok");
    }

    private Answer apply(String id, ResponseTarget target, JsonNode json) {
        String original = target.originalTs();
        if (json.path("delete_original").asBoolean(false)) {
            return original != null && workspace.delete(target.channel(), original) ? Answer.OK
                    : new Answer(404, "message_not_found");
        }
        String text = json.path("text").asText(null);
        JsonNode blocks = json.get("blocks");
        if ((text == null || text.isBlank()) && (blocks == null || blocks.isEmpty())) {
            return new Answer(400, "no_text");
        }
        Optional<String> invalid = blocks == null ? Optional.empty() : BlockKitLimits.checkMessage(blocks);
        if (invalid.isPresent()) {
            return new Answer(400, "invalid_blocks: " + invalid.get());
        }
        JsonNode newBlocks = blocks == null || blocks.isNull() ? Params.JSON.createArrayNode() : blocks;
        if (json.path("replace_original").asBoolean(false) && original != null
                && workspace.update(target.channel(), original, text == null ? "" : text, newBlocks).isPresent()) {
            return Answer.OK;
        }
        boolean inChannel = "in_channel".equals(json.path("response_type").asText());
        Message posted = workspace.post(target.channel(), json.path("thread_ts").asText(null),
                Directory.BOT_USER_ID, true, text, blocks, inChannel ? null : target.user());
        if (original == null) {
            workspace.pointResponseUrlAt(id, posted.ts());
        }
        return Answer.OK;
    }

    private static void answer(HttpServletResponse resp, int status, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
