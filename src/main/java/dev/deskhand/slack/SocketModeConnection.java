package dev.deskhand.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Slack's requests over Socket Mode instead of HTTP, for workspaces behind a firewall. The SDK's session
 * monitor reconnects a dropped socket; when even opening a connection fails (Slack unreachable, bad token), this
 * retries with exponential backoff up to a minute apart instead of giving up.
 */
public final class SocketModeConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration MAX_RETRY = Duration.ofMinutes(1);

    private final SocketModeApp socketMode;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "socket-mode-connect");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean connected;

    public SocketModeConnection(String appToken, App app) throws java.io.IOException {
        this.socketMode = new SocketModeApp(appToken, app);
    }

    /** Starts connecting in the background; {@link #isConnected()} says when it is up. */
    public void start() {
        retries.execute(() -> connect(FIRST_RETRY));
    }

    private void connect(Duration nextDelay) {
        try {
            socketMode.startAsync();
            connected = true;
            log.info("Connected to Slack over Socket Mode");
        } catch (Exception e) {
            log.warn("Socket Mode connection failed ({}); retrying in {} s", e.getMessage(), nextDelay.toSeconds());
            Duration after = nextDelay.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : nextDelay.multipliedBy(2);
            retries.schedule(() -> connect(after), nextDelay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public boolean isConnected() {
        return connected;
    }

    @Override
    public void close() throws Exception {
        retries.shutdownNow();
        if (connected) {
            socketMode.stop();
        }
    }
}
