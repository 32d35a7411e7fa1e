package dev.deskhand.slack;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /slack/events} while the Bolt app waits for Slack to be reachable: 503 (Slack retries), then the real
 * servlet once {@link #started} hands it over.
 */
public final class StartingServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private transient volatile HttpServlet delegate;

    /** From now on requests go to {@code servlet}. */
    public void started(HttpServlet servlet) {
        this.delegate = servlet;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        HttpServlet current = delegate;
        if (current == null) {
            resp.sendError(503, "Deskhand cannot reach Slack yet");
            return;
        }
        current.service(req, resp);
    }
}
