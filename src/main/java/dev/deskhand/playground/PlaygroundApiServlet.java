package dev.deskhand.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.playground.client.Composer;
import dev.deskhand.playground.client.Interactions;
import dev.deskhand.playground.client.Outcome;
import dev.deskhand.playground.workspace.Params;
import dev.deskhand.playground.workspace.Workspace;
import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Messages;
import dev.deskhand.slack.text.Texts;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page's JSON endpoints under {@code /playground/api/}: {@code GET state} (a long poll: it answers when the
 * workspace changes, or after {@link #POLL}), {@code GET texts} (the page's words, {@link PageTexts}), and {@code POST send}, {@code action}, {@code shortcut}, {@code submit}, {@code close},
 * {@code dismiss}, {@code clock} and {@code digest}. A POST names the page's language ({@code lang}); refusals and
 * the notes it leaves (Slackbot's, a form's) are written in it.
 */
final class PlaygroundApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(PlaygroundApiServlet.class);
    static final Duration POLL = Duration.ofSeconds(20);

    private final transient Workspace workspace;
    private final transient Composer composer;
    private final transient Interactions interactions;
    private final transient StateJson state;
    private final transient PlaygroundClock clock;
    private final transient DigestButton digest;
    private final transient Messages messages;
    private final transient PageTexts pageTexts;

    PlaygroundApiServlet(Workspace workspace, Composer composer, Interactions interactions, StateJson state,
                         PlaygroundClock clock, DigestButton digest, Messages messages,
                         PageTexts pageTexts) {
        this.workspace = workspace;
        this.composer = composer;
        this.interactions = interactions;
        this.state = state;
        this.clock = clock;
        this.digest = digest;
        this.messages = messages;
        this.pageTexts = pageTexts;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!LoopbackGuard.allows(req)) {
            resp.sendError(403);
            return;
        }
        if ("/texts".equals(req.getPathInfo())) {
            write(resp, 200, pageTexts.json());
            return;
        }
        if (!"/state".equals(req.getPathInfo())) {
            resp.sendError(404);
            return;
        }
        String user = req.getParameter("user");
        if (user == null || workspace.directory().member(user).isEmpty()) {
            user = workspace.directory().people().get(0).id();
        }
        long after = parseLong(req.getParameter("after"), -1);
        try {
            workspace.awaitChange(after, POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        write(resp, 200, state.render(user));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!LoopbackGuard.allows(req)) {
            resp.sendError(403);
            return;
        }
        JsonNode body;
        try {
            body = Params.JSON.readTree(req.getInputStream());
        } catch (IOException e) {
            write(resp, 400, outcome(Outcome.refused("playground.error.notJson"), messages.in(Language.EN)));
            return;
        }
        if (body == null || !body.isObject()) {
            write(resp, 400, outcome(Outcome.refused("playground.error.notObject"), messages.in(Language.EN)));
            return;
        }
        Texts texts = messages.in(Language.parse(text(body, "lang")).orElse(Language.EN));
        Outcome outcome;
        try {
            outcome = handle(String.valueOf(req.getPathInfo()), body, texts);
        } catch (IOException e) {
            log.warn("The playground could not reach the app: {}", e.toString());
            outcome = Outcome.refused("playground.error.noAnswer", "reason", String.valueOf(e.getMessage()));
        } catch (Exception e) {
            log.error("Playground request {} failed", req.getPathInfo(), e);
            outcome = Outcome.refused("playground.error.internal");
        }
        if (outcome == null) {
            resp.sendError(404);
            return;
        }
        write(resp, 200, outcome(outcome, texts));
    }

    private Outcome handle(String path, JsonNode body, Texts texts) throws Exception {
        String user = text(body, "user");
        return switch (path) {
            case "/send" -> composer.send(user, text(body, "channel"), text(body, "threadTs"), text(body, "text"),
                    texts);
            case "/action" -> body.hasNonNull("viewId")
                    ? interactions.onView(user, text(body, "viewId"), text(body, "blockId"), text(body, "actionId"),
                            body.get("selection"), body.get("values"))
                    : interactions.onMessage(user, text(body, "channel"), text(body, "ts"), text(body, "blockId"),
                            text(body, "actionId"), body.get("selection"));
            case "/shortcut" -> interactions.shortcut(user, text(body, "channel"), text(body, "ts"),
                    text(body, "callbackId"));
            case "/submit" -> interactions.submit(user, text(body, "viewId"), body.get("values"), texts);
            case "/close" -> interactions.close(user, text(body, "viewId"));
            case "/dismiss" -> dismiss(user, text(body, "channel"), text(body, "ts"));
            case "/clock" -> moveClock(body);
            case "/digest" -> digest.press(text(body, "channel"));
            default -> null;
        };
    }

    /** Dismissing an ephemeral message happens in the client only; Slack tells the app nothing. */
    private Outcome dismiss(String user, String channel, String ts) {
        boolean own = channel != null && ts != null && workspace.find(channel, ts)
                .filter(m -> m.ephemeral() && m.visibleTo().equals(user)).isPresent();
        if (own) {
            workspace.delete(channel, ts);
        }
        return Outcome.OK;
    }

    private Outcome moveClock(JsonNode body) {
        if (body.path("reset").asBoolean(false)) {
            clock.reset();
        } else {
            long seconds = body.path("advanceSeconds").asLong(0);
            if (seconds == 0) {
                return Outcome.refused("playground.error.clock");
            }
            clock.advance(Duration.ofSeconds(seconds));
        }
        log.info("Playground clock offset is now {}", clock.offset());
        workspace.touch();
        return Outcome.OK;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static long parseLong(String raw, long fallback) {
        try {
            return raw == null ? fallback : Long.parseLong(raw);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static ObjectNode outcome(Outcome outcome, Texts texts) {
        ObjectNode json = Params.JSON.createObjectNode().put("ok", outcome.ok());
        if (outcome.errorKey() != null) {
            json.put("error", texts.get(outcome.errorKey(), outcome.errorArgs().toArray()));
        }
        return json;
    }

    private static void write(HttpServletResponse resp, int status, ObjectNode body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(Params.JSON.writeValueAsBytes(body));
    }
}
