/**
 * The Slack surface of escalations, registered by {@link dev.deskhand.slack.escalation.EscalationFeature}. Its parts
 * live in subpackages, each for one purpose, looking one way:
 * <ul>
 *   <li>{@code slack.escalation.form}: the ways in: {@code /escalate} (and its {@code list}, {@code mine},
 *       {@code show}), the escalation form and its submission, the message shortcut, the knowledge base's "Escalate"
 *       button, the form's ticket lookup;</li>
 *   <li>{@code slack.escalation.actions}: the card's buttons and pickers, the resolve and reopen forms they open, and
 *       the words for a domain refusal; it reads submitted fields as {@code form} does;</li>
 *   <li>{@code slack.escalation.outbox}: the sender that delivers every post the app owes (card, thread notes,
 *       reminders, notices) and card permalinks for pages;</li>
 *   <li>{@code slack.escalation.card}: what an escalation reads like in Slack (the card, its thread notes, the
 *       {@code /escalate list} and {@code show} text) and the Block Kit pieces all of them are built from.</li>
 * </ul>
 * {@code actions} → {@code form} → {@code card}; {@code outbox} → {@code card}; {@code card} looks at none of them,
 * and {@code form} and {@code outbox} know nothing of each other. Only this package sees them all. Depends on
 * {@code escalation} (domain, ports, use cases) and {@code slack}; nothing depends on it except the composition root.
 */
package dev.deskhand.slack.escalation;
