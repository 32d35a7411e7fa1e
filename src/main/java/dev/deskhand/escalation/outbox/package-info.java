/**
 * The outbox as its senders see it: posts are stored with the change that owes them (by
 * {@link dev.deskhand.escalation.EscalationStore}, as {@link dev.deskhand.escalation.OutboxMessage}s), then the
 * Slack sender and the paging sender claim them from {@link dev.deskhand.escalation.outbox.Outbox}, mark them sent,
 * postpone them as told, retry them with {@link dev.deskhand.escalation.outbox.Backoff} or give them up
 * ({@link dev.deskhand.escalation.outbox.OutboxFailure}).
 *
 * <p>Built on {@code escalation}; knows nothing of {@code escalation.sla} or {@code escalation.service}. Plain Java.
 */
package dev.deskhand.escalation.outbox;
