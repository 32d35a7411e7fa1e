/**
 * The Slack surface of escalations: {@code /escalate}, the escalation and resolve modals, the card with its
 * buttons, the message shortcut and the knowledge-base "Escalate" button (one Bolt handler per class, registered by
 * {@link dev.deskhand.slack.escalation.EscalationFeature}), plus the {@link dev.deskhand.slack.escalation.OutboxSender}
 * that delivers every post the app owes. Depends on {@code escalation} (domain and ports) and {@code slack}; nothing
 * depends on it except {@code Wiring}.
 */
package dev.deskhand.slack.escalation;
