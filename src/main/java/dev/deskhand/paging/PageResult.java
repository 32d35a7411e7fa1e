package dev.deskhand.paging;

import java.time.Duration;
import java.util.Objects;

/** How a paging service answered one {@link Page}; the sender turns it into outbox bookkeeping. */
public sealed interface PageResult {

    /** The service took it (HTTP 202). */
    record Accepted() implements PageResult {
    }

    /** The service asked us to wait (HTTP 429): try again after {@code retryAfter}, not counted as a failure. */
    record RateLimited(Duration retryAfter) implements PageResult {
        public RateLimited {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /** It failed in a way that may pass (5xx, timeout, network): retry with backoff. */
    record Failed(String error) implements PageResult {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * The service can never accept it as it is (400 invalid routing key, 401/403 bad key, no key configured): stop
     * and show why.
     */
    record Rejected(String error) implements PageResult {
        public Rejected {
            Objects.requireNonNull(error, "error");
        }
    }
}
