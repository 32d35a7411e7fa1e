package dev.deskhand.slack.escalation.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slack's rate limits as last reported, per Web API method and channel: a 429 for {@code chat.postMessage} in one
 * channel holds back that channel's posts until its {@code Retry-After}, and no other channel's.
 */
final class RateLimits {
    private record Target(String method, String channel) {
    }

    private final Map<Target, Instant> until = new ConcurrentHashMap<>();

    /** When calls of {@code method} in {@code channel} may go again, if not yet at {@code now}. */
    Optional<Instant> blockedUntil(String method, String channel, Instant now) {
        Target target = new Target(method, String.valueOf(channel));
        Instant end = until.get(target);
        if (end == null) {
            return Optional.empty();
        }
        if (!now.isBefore(end)) {
            until.remove(target, end);
            return Optional.empty();
        }
        return Optional.of(end);
    }

    void limit(String method, String channel, Instant end) {
        until.merge(new Target(method, String.valueOf(channel)), end, (a, b) -> a.isAfter(b) ? a : b);
    }
}
