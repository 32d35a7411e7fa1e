/**
 * Delivery of what the escalation outbox holds to Slack: {@link dev.deskhand.slack.escalation.outbox.OutboxSender}
 * claims due messages and turns each into Web API calls (post or update the card, thread notes, reminders, notices),
 * waiting as Slack asks per method and channel, backing off on failures and giving up, with a reason, on errors
 * waiting cannot fix. {@link dev.deskhand.slack.escalation.outbox.SlackCardLinks} gives the paging sender a card's
 * permalink.
 *
 * <p>Uses {@code slack.escalation.card} to render; knows nothing of the form or the card's buttons.
 */
package dev.deskhand.slack.escalation.outbox;
