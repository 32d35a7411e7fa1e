package dev.deskhand.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the bot token with {@code auth.test} before the app starts taking Slack's requests. A network failure or a
 * 5xx is not a bad token: the check is retried with backoff while the process stays up and {@code /readyz} says
 * Slack cannot be reached. Only Slack saying the token is wrong ({@code invalid_auth} …) stops the start.
 */
public final class SlackConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlackConnection.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration MAX_RETRY = Duration.ofSeconds(60);

    /** Slack refused the bot token; starting cannot help until someone replaces it. */
    public static final class TokenRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TokenRejected(String error) {
            super("Slack rejected SLACK_BOT_TOKEN (" + error + "): check that it is the bot token (xoxb-…) of an "
                    + "installed app and that the app has not been uninstalled or its token revoked");
        }
    }

    private final MethodsClient methods;
    private final String apiUrl;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "slack-connect");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String problem = "not checked yet";

    public SlackConnection(MethodsClient methods, String apiUrl) {
        this.methods = methods;
        this.apiUrl = apiUrl;
    }

    /**
     * Checks now; when Slack answers, runs {@code onConnected} on this thread. When it cannot be reached, keeps
     * checking in the background (1 s doubling to a minute) and runs {@code onConnected} there once it answers.
     *
     * @throws TokenRejected when Slack says the token is not valid
     */
    public void connect(Runnable onConnected) {
        if (check()) {
            onConnected.run();
            return;
        }
        schedule(onConnected, FIRST_RETRY);
    }

    private void schedule(Runnable onConnected, Duration delay) {
        retries.schedule(() -> {
            try {
                if (check()) {
                    LOG.info("Slack is reachable again at {}; starting to take requests", apiUrl);
                    onConnected.run();
                    return;
                }
            } catch (TokenRejected e) {
                problem = e.getMessage();
                LOG.error("{}", e.getMessage());
                return;
            } catch (RuntimeException e) {
                LOG.error("Starting after Slack became reachable failed; trying again", e);
            }
            Duration next = delay.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay.multipliedBy(2);
            schedule(onConnected, next);
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** True when Slack accepted the token; false when it could not be asked (the reason is kept for /readyz). */
    private boolean check() {
        try {
            AuthTestResponse response = methods.authTest(r -> r);
            if (response.isOk()) {
                problem = null;
                return true;
            }
            if (SlackErrors.remedy(response.getError()) == SlackErrors.Remedy.TOKEN) {
                throw new TokenRejected(response.getError());
            }
            return unreachable("auth.test answered " + response.getError());
        } catch (IOException e) {
            return unreachable(e.toString());
        } catch (SlackApiException e) {
            return unreachable("HTTP " + e.getResponse().code());
        }
    }

    private boolean unreachable(String why) {
        problem = "cannot reach Slack at " + apiUrl + " (" + why + ")";
        LOG.warn("Cannot reach Slack at {} ({}); Deskhand keeps running and retries. Check the network, a proxy, "
                + "or SLACK_API_URL.", apiUrl, why);
        return false;
    }

    /** Ready once Slack accepted the token. */
    public boolean isReady() {
        return problem == null;
    }

    /** Why it is not ready ({@code cannot reach Slack at …}), or {@code null}. */
    public String problem() {
        return problem;
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }
}
