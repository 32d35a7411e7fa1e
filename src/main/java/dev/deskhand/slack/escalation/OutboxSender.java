package dev.deskhand.slack.escalation;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import dev.deskhand.Routine;
import dev.deskhand.escalation.Backoff;
import dev.deskhand.escalation.EscalationSettings;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.Outbox;
import dev.deskhand.escalation.OutboxEntry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds. Honours 429 {@code Retry-After}, backs off exponentially on 5xx, network errors and
 * {@code ok: false}, and never drops a message: work left over when the app stops is sent after it starts again.
 */
public final class OutboxSender implements Routine {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration NOT_YET = Duration.ofSeconds(5);
    private static final int BATCH = 20;

    private final Outbox outbox;
    private final OutboxDelivery delivery;
    private final Clock clock;
    private final Backoff backoff;
    private final Duration interval;

    /**
     * @param slack    a Web API client with the bot token
     * @param interval how often {@link #runOnce()} should run (e.g. 1 second)
     */
    public OutboxSender(Outbox outbox, EscalationStore store, EscalationSettings settings, MethodsClient slack,
                        Clock clock, Backoff backoff, Duration interval) {
        this.outbox = outbox;
        this.delivery = new OutboxDelivery(store, settings, slack);
        this.clock = clock;
        this.backoff = backoff;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "escalation-outbox";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void runOnce() {
        List<OutboxEntry> due = outbox.claimDue(clock.instant(), LEASE, BATCH);
        for (int i = 0; i < due.size(); i++) {
            Duration retryAfter = send(due.get(i));
            if (retryAfter != null) {
                // Rate limited: everything else in this batch waits as long as Slack asked.
                Instant later = clock.instant().plus(retryAfter);
                due.subList(i + 1, due.size()).forEach(rest -> outbox.reschedule(rest.id(), later, "rate limited"));
                return;
            }
        }
    }

    /** Sends one message; returns Slack's Retry-After when rate limited, else {@code null}. */
    private Duration send(OutboxEntry entry) {
        Instant now = clock.instant();
        try {
            delivery.deliver(entry, now);
            outbox.markSent(entry.id(), clock.instant());
            return null;
        } catch (SlackApiException e) {
            int status = e.getResponse().code();
            if (status == 429) {
                Duration retryAfter = retryAfter(e);
                outbox.reschedule(entry.id(), backoff.nextAttempt(now, entry.attempts() + 1, retryAfter),
                        "HTTP 429, Retry-After " + retryAfter.toSeconds() + "s");
                LOG.info("Slack rate-limited {} for {}; retrying in {}s", entry.message().kind(),
                        entry.message().key(), retryAfter.toSeconds());
                return retryAfter;
            }
            retryLater(entry, now, "HTTP " + status + ": " + e.getMessage());
        } catch (OutboxDelivery.NotYet e) {
            outbox.reschedule(entry.id(), now.plus(NOT_YET), e.getMessage());
        } catch (IOException | RuntimeException e) {
            retryLater(entry, now, e.toString());
        }
        return null;
    }

    private void retryLater(OutboxEntry entry, Instant now, String error) {
        Instant next = backoff.nextAttempt(now, entry.attempts() + 1, null);
        LOG.warn("Could not send {} for {} (attempt {}), retrying at {}: {}", entry.message().kind(),
                entry.message().key(), entry.attempts() + 1, next, error);
        outbox.reschedule(entry.id(), next, error);
    }

    private static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return Duration.ofSeconds(header == null ? 1 : Math.max(1, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            return Duration.ofSeconds(1);
        }
    }
}
