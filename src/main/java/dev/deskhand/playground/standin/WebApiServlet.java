package dev.deskhand.playground.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.playground.workspace.Params;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /api/<method>} on the stand-in: checks the bot token like Slack (header or {@code token} argument) and
 * answers every call with HTTP 200 and {@code ok} true or false, as the Web API does.
 */
final class WebApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient WebApiMethods methods;
    private final String botToken;

    WebApiServlet(WebApiMethods methods, String botToken) {
        this.methods = methods;
        this.botToken = botToken;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String method = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Params params;
        try {
            params = Params.parse(body, req.getContentType());
        } catch (IOException e) {
            write(resp, WebApiMethods.error(Params.JSON.createObjectNode(), "invalid_json"));
            return;
        }
        String header = req.getHeader("Authorization");
        String token = header != null && header.startsWith("Bearer ") ? header.substring(7).strip()
                : params.get("token");
        if (token == null) {
            write(resp, WebApiMethods.error(Params.JSON.createObjectNode(), "not_authed"));
        } else if (!token.equals(botToken)) {
            write(resp, WebApiMethods.error(Params.JSON.createObjectNode(), "invalid_auth"));
        } else {
            write(resp, methods.call(method, params));
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // The SDK sends every call as a POST; Slack would take GET too, but nothing here needs it.
        resp.setStatus(405);
    }

    private static void write(HttpServletResponse resp, ObjectNode body) throws IOException {
        resp.setStatus(200);
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(Params.JSON.writeValueAsBytes(body));
    }
}
