package dev.deskhand.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a Web API method for an interactive answer: checks {@code ok}, waits out a 429's {@code Retry-After}
 * and retries a 5xx or network error a few times, briefly, since a person is waiting. Deliveries that must
 * never be lost (escalation cards, digests) go through the outbox instead.
 */
public final class SlackCalls {

    private static final Logger log = LoggerFactory.getLogger(SlackCalls.class);
    static final int ATTEMPTS = 3;
    static final Duration MAX_WAIT = Duration.ofSeconds(10);

    /** One Web API call. */
    @FunctionalInterface
    public interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    /** How to wait between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Waiter {
        void await(Duration duration) throws InterruptedException;
    }

    private final Waiter waiter;

    public SlackCalls(Waiter waiter) {
        this.waiter = waiter;
    }

    public <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                T response = call.run();
                if (response.isOk()) {
                    return response;
                }
                throw new SlackCallException(method, response.getError());
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                Duration wait = status == 429 ? retryAfter(e) : Duration.ofMillis(250L * attempt);
                if (attempt >= ATTEMPTS || (status != 429 && status < 500) || wait.compareTo(MAX_WAIT) > 0) {
                    throw new SlackCallException(method, "HTTP " + status);
                }
                log.info("{} answered HTTP {}; retrying in {} ms", method, status, wait.toMillis());
                pause(wait);
            } catch (IOException e) {
                if (attempt >= ATTEMPTS) {
                    throw new SlackCallException(method, e.toString());
                }
                pause(Duration.ofMillis(250L * attempt));
            }
        }
    }

    private void pause(Duration wait) {
        try {
            waiter.await(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallException("wait", "interrupted");
        }
    }

    static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return Duration.ofSeconds(header == null ? 1 : Long.parseLong(header.strip()));
        } catch (NumberFormatException ex) {
            return Duration.ofSeconds(1);
        }
    }

    /** The Web API refused or failed a call; the message names the method and Slack's error code. */
    public static final class SlackCallException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public SlackCallException(String method, String error) {
            super(method + " failed: " + error);
        }
    }
}
