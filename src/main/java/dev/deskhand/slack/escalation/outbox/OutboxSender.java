package dev.deskhand.slack.escalation.outbox;

import dev.deskhand.slack.SlackCallFailed;
import dev.deskhand.slack.escalation.card.RelatedArticles;
import dev.deskhand.tickets.TicketStatuses;

import dev.deskhand.slack.text.Voice;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import dev.deskhand.Routine;
import dev.deskhand.escalation.outbox.Backoff;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.outbox.Outbox;
import dev.deskhand.escalation.outbox.OutboxEntry;
import dev.deskhand.escalation.OutboxMessage;
import dev.deskhand.slack.SlackErrors;
import dev.deskhand.slack.text.Voice;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds. Waiting as Slack asks (429 {@code Retry-After}, per method and channel) and waiting
 * for a card to be posted are not failures and never lengthen the backoff; 5xx, network errors and {@code ok: false}
 * are, and back off exponentially up to a short cap so that pending cards go out within seconds of Slack recovering.
 * An error waiting cannot fix ({@code channel_not_found}, {@code thread_not_found}, {@code invalid_auth} …) stops
 * that message: it is recorded with its reason, counted, and the requester is told what to fix.
 * Nothing is dropped: work left over when the app stops is sent after it starts again.
 */
public final class OutboxSender implements Routine {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final int BATCH = 50;
    /** A requester whose card is not out after this long hears about it by DM. */
    static final Duration TELL_REQUESTER_AFTER = Duration.ofMinutes(3);

    private final Outbox outbox;
    private final OutboxDelivery delivery;
    private final Clock clock;
    private final Backoff backoff;
    private final Duration interval;
    private final MeterRegistry registry;

    /**
     * @param slack    a Web API client with the bot token
     * @param interval how often {@link #runOnce()} should run (e.g. 1 second)
     * @param voice    what requesters are told (late or undeliverable cards), in their language
     * @param statuses the helpdesk status last seen for each ticket, shown on the card
     */
    public OutboxSender(Outbox outbox, EscalationStore store, EscalationSettings settings, MethodsClient slack,
                        Clock clock, Backoff backoff, Duration interval, Voice voice,
                        MeterRegistry registry, RelatedArticles related, TicketStatuses statuses) {
        this.outbox = outbox;
        this.registry = registry;
        this.delivery = new OutboxDelivery(store, settings, slack, voice, related, statuses);
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
        // A rate limit holds back only its own method and channel (OutboxDelivery.Wait), so one channel's 429 never
        // delays another channel's card.
        outbox.claimDue(clock.instant(), LEASE, BATCH).forEach(this::send);
    }

    private void send(OutboxEntry entry) {
        Instant now = clock.instant();
        try {
            delivery.deliver(entry, now);
            outbox.markSent(entry.id(), clock.instant());
            return;
        } catch (OutboxDelivery.Wait e) {
            outbox.postpone(entry.id(), e.until(), e.getMessage());
        } catch (SlackCallFailed e) {
            if (SlackErrors.isPermanent(e.error())) {
                giveUp(entry, now, e);
                return;
            }
            retryLater(entry, now, e.getMessage());
        } catch (SlackApiException e) {
            retryLater(entry, now, "HTTP " + e.getResponse().code() + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            retryLater(entry, now, e.toString());
        }
        tellRequesterIfLate(entry, now);
    }

    private void retryLater(OutboxEntry entry, Instant now, String error) {
        Instant next = backoff.nextAttempt(now, entry.attempts() + 1, null);
        LOG.warn("Could not send {} for {} (attempt {}), retrying at {}: {}", entry.message().kind(),
                entry.message().key(), entry.attempts() + 1, next, error);
        outbox.retryAfterFailure(entry.id(), next, error);
    }

    /** Waiting cannot help: stop, record why (shown by /escalate show), count it, and tell whoever can fix it. */
    private void giveUp(OutboxEntry entry, Instant now, SlackCallFailed e) {
        outbox.giveUp(entry.id(), now, e.error());
        Counter.builder("deskhand.outbox.permanent.failures")
                .description("Outbox messages given up because Slack can never accept them, by Slack error")
                .tag("error", SlackErrors.label(e.error())).register(registry).increment();
        LOG.error("Gave up {} for {}: {} ({}); it will not be retried. /escalate show {} says why.",
                entry.message().kind(), entry.message().key(), e.getMessage(),
                SlackErrors.remedy(e.error()), entry.message().key());
        if (entry.message().kind() == OutboxMessage.Kind.CARD) {
            delivery.tellRequesterUndeliverable(entry, e.error());
        }
    }

    private void tellRequesterIfLate(OutboxEntry entry, Instant now) {
        boolean late = entry.message().kind() == OutboxMessage.Kind.CARD && !entry.requesterTold()
                && !now.isBefore(entry.createdAt().plus(TELL_REQUESTER_AFTER));
        if (late && delivery.tellRequesterLate(entry, now)) {
            outbox.markRequesterTold(entry.id(), now);
        }
    }
}
