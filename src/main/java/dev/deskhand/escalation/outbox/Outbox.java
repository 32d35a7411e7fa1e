package dev.deskhand.escalation.outbox;

import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The queue of Slack posts the app owes. Messages tied to a state change are enqueued by
 * {@link dev.deskhand.escalation.EscalationStore} in the same transaction; this port is what the sender works from.
 */
public interface Outbox {

    /** Adds a message that is due immediately. */
    void enqueue(OutboxMessage message, Instant now);

    /**
     * Takes up to {@code limit} due Slack messages, oldest first, and hides them from other senders for {@code lease}
     * (so two replicas never send the same message at once; a sender that dies just lets the lease run out). Page
     * messages ({@link OutboxMessage.Kind#isPage()}) are not among them: they go in a lane of their own.
     */
    List<OutboxEntry> claimDue(Instant now, Duration lease, int limit);

    /**
     * Like {@link #claimDue}, for the page messages: in order per escalation among themselves (a resolution never
     * overtakes its trigger), independently of the Slack messages.
     */
    List<OutboxEntry> claimDuePages(Instant now, Duration lease, int limit);

    /** The message was delivered; it is never sent again. */
    void markSent(long id, Instant sentAt);

    /**
     * Delivery failed in a way that may pass (5xx, network, a Slack error worth retrying): count the attempt, try
     * again at {@code nextAttemptAt} and remember why.
     */
    void retryAfterFailure(long id, Instant nextAttemptAt, String error);

    /**
     * Delivery must wait without anything having failed (Slack's {@code Retry-After}, the card not posted yet): try
     * again at {@code nextAttemptAt} without counting an attempt, so waiting as told never lengthens the backoff.
     */
    void postpone(long id, Instant nextAttemptAt, String reason);

    /**
     * Slack can never accept this message as it is ({@code error} is its code, e.g. {@code channel_not_found}): it is
     * not tried again, and stays recorded so people can see why it is missing.
     */
    void giveUp(long id, Instant at, String error);

    /** The Slack messages of an escalation that were given up, oldest first (pages are in their ledger). */
    List<OutboxFailure> failures(EscalationKey key);

    /** The requester was told their card is late; they are told once. */
    void markRequesterTold(long id, Instant at);

    /** Slack messages not yet delivered. */
    int pendingCount();
}
