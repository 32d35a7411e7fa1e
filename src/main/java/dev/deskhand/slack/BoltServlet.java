package dev.deskhand.slack;

import dev.deskhand.server.CorrelationIds;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves Bolt at {@code POST /slack/events}. Unlike Bolt's stock servlet it reads the body byte-exact as UTF-8
 * and answers a payload it cannot parse, or one without what Slack always sends ({@link PayloadCheck}), with 400
 * and a message rather than a 500 or a handler meeting nulls.
 */
public final class BoltServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(BoltServlet.class);

    private final transient App app;
    private final transient SlackAppServletAdapter adapter;

    public BoltServlet(App app) {
        this.app = app;
        this.adapter = new SlackAppServletAdapter(app.config()) {
            @Override
            protected String doReadRequestBodyAsString(HttpServletRequest req) throws IOException {
                // In bulk, and bounded like the signature filter's read that comes first (a body past it was refused).
                return new String(req.getInputStream().readNBytes(SignedRequestFilter.MAX_BODY_BYTES),
                        StandardCharsets.UTF_8);
            }
        };
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Request<?> slackRequest;
        try {
            slackRequest = adapter.buildSlackRequest(req);
        } catch (RuntimeException e) {
            log.warn("Rejected a signed but malformed Slack payload: {}", e.toString());
            slackRequest = null;
        }
        if (slackRequest == null) {
            adapter.writeResponse(resp, Response.json(400, "{\"error\":\"malformed payload\"}"));
            return;
        }
        Optional<String> problem;
        try {
            problem = PayloadCheck.problem(slackRequest);
        } catch (RuntimeException e) {
            problem = Optional.of(e.toString());
        }
        if (problem.isPresent()) {
            log.warn("Rejected a signed but malformed Slack payload: {}", problem.get());
            adapter.writeResponse(resp, Response.json(400, "{\"error\":\"malformed payload\"}"));
            return;
        }
        try {
            adapter.writeResponse(resp, app.run(slackRequest));
        } catch (Exception e) {
            // The error boundary middleware catches handler failures; this is a failure in Bolt itself.
            log.error("Bolt failed on a {} request [cid={}]", slackRequest.getRequestType(), CorrelationIds.current(), e);
            adapter.writeResponse(resp, Response.json(500, "{\"error\":\"internal error\"}"));
        }
    }
}
