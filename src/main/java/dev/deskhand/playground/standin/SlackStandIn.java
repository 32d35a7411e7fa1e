package dev.deskhand.playground.standin;

import dev.deskhand.playground.workspace.Workspace;
import dev.deskhand.server.HttpServer;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The playground's Slack Web API and {@code response_url}s, on their own loopback port: the app is simply given
 * this base URL as its {@code SLACK_API_URL}, and its calls change the {@link Workspace} the page shows.
 */
public final class SlackStandIn implements AutoCloseable {

    private final HttpServer server;

    private SlackStandIn(HttpServer server) {
        this.server = server;
    }

    public static SlackStandIn start(Workspace workspace, String botToken, Supplier<String> pageUrl, Clock clock)
            throws Exception {
        WebApiMethods methods = new WebApiMethods(workspace, pageUrl, ZoneId.systemDefault(), clock);
        Map<String, HttpServlet> routes = HttpServer.routes();
        routes.put("/api/*", new WebApiServlet(methods, botToken));
        routes.put("/response/*", new ResponseUrlServlet(workspace));
        return new SlackStandIn(HttpServer.start("127.0.0.1", 0, routes, Map.of()));
    }

    /** The Web API base URL, ending in {@code /api/}. */
    public String apiUrl() {
        return base() + "/api/";
    }

    /** Prefix of every {@code response_url}; an id follows. */
    public String responseUrlBase() {
        return base() + "/response/";
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
