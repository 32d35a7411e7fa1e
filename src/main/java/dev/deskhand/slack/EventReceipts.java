package dev.deskhand.slack;

import java.time.Instant;

/** Remembers which Slack events were handled, shared by every replica, so a retried event is handled once. */
public interface EventReceipts {

    /** Records the event; false when it had been recorded before (a retry or a duplicate delivery). */
    boolean firstDelivery(String eventId, Instant receivedAt);

    /** Drops receipts older than the cutoff (Slack stops retrying after about an hour). */
    int forgetBefore(Instant cutoff);
}
