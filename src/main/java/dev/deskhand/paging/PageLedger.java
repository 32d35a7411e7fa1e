package dev.deskhand.paging;

import dev.deskhand.escalation.EscalationKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The pages escalations opened, and what happened to them. Rows are written with the outbox message that owes the
 * call (at most one open page per escalation, service and SLA cycle); the results below are each one transaction
 * with the outbox row, so a page's audit event and thread note are written once even if two senders raced.
 */
public interface PageLedger {

    /** The page the outbox message {@code outboxId} triggers or resolves. */
    Optional<PageRecord> forMessage(long outboxId);

    /** Pages of an escalation, oldest first ({@code /escalate show}). */
    List<PageRecord> pages(EscalationKey key);

    /**
     * The service accepted {@code action}: marks the message sent, stamps the page, and writes the audit event and
     * its thread note. Does nothing when the message was already marked sent.
     */
    void accepted(long outboxId, PageRecord page, PageAction action, Instant at);

    /**
     * The service can never accept it: the message is given up (not retried), the page records {@code error}, and an
     * audit event with its thread note says so where the team reads.
     */
    void rejected(long outboxId, PageRecord page, PageAction action, String error, Instant at);

    /** Nothing to send any more (resolved before the trigger went out, never triggered): marks the message sent. */
    void skipped(long outboxId, Instant at);
}
