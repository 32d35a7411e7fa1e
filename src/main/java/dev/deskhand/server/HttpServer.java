package dev.deskhand.server;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Jetty server. Stopping is graceful: the connector stops accepting, in-flight requests finish
 * (up to {@link #STOP_TIMEOUT_MS}), then the server stops.
 */
public final class HttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);
    static final long STOP_TIMEOUT_MS = 10_000;
    /** Open connections at most; beyond it Jetty stops accepting and new ones wait in the accept queue. */
    static final int MAX_CONNECTIONS = 512;
    /** Connections the kernel holds for us while we are not accepting (capped by net.core.somaxconn). */
    static final int ACCEPT_QUEUE = 1024;

    private final Server server;
    private final ServerConnector connector;

    private HttpServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Starts serving {@code servlets} (path → servlet); {@code filters} (path → filter) run before them. */
    public static HttpServer start(String host, int port, Map<String, HttpServlet> servlets,
                                   Map<String, Filter> filters) throws Exception {
        // Sized for a small container: a /kb answer is CPU work done inside the request, so threads beyond a few
        // per core only queue for the same cores while each holds a stack; a few spare cover handlers waiting on
        // Slack (users.info). Idle threads above the minimum go after a minute. More was worse under a burst: 82
        // threads, with the search gate's line grown to 64 to fill them, answered a quarter as many /kb at 400/s.
        int cores = Runtime.getRuntime().availableProcessors();
        QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, 8 * cores), 2);
        threads.setName("http");
        Server server = new Server(threads);
        // Every signed request carries its own timestamp and signature headers, so a per-connection cache of header
        // fields only grows with values never seen again: off.
        HttpConfiguration http = new HttpConfiguration();
        http.setHeaderCacheSize(0);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        // A burst opens hundreds of connections within a second. With the JDK's backlog of 50 the kernel drops the
        // rest and their senders retry only after a second or more (no reply in Slack's 3 s); queued, they are
        // accepted a moment later and the search gate answers them, at worst "busy". The connection limit keeps
        // each open connection's buffers bounded under such a burst; the queue takes the overflow.
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        filters.forEach((path, filter) ->
                context.addFilter(new FilterHolder(filter), path, EnumSet.of(DispatcherType.REQUEST)));
        servlets.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));

        server.setHandler(new GracefulHandler(context));
        server.setStopTimeout(STOP_TIMEOUT_MS);
        server.setStopAtShutdown(false);
        server.start();
        log.info("Listening on http://{}:{}", host, connector.getLocalPort());
        return new HttpServer(server, connector);
    }

    /** The bound port (useful when started on port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** Convenience for building an ordered servlet map. */
    public static Map<String, HttpServlet> routes() {
        return new LinkedHashMap<>();
    }
}
