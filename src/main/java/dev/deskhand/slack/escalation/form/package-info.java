/**
 * The ways into an escalation, registered by {@link dev.deskhand.slack.escalation.form.EscalateHandlers}:
 * {@code /escalate} (no text opens the form, {@code help}, {@code list}, {@code mine} and {@code show} answer, a
 * complete one-liner creates it at once), the escalation form ({@link dev.deskhand.slack.escalation.form.EscalationModal})
 * and its submission, the "Escalate this message" shortcut, the knowledge base's "Escalate" button, the form's
 * ticket lookup, and the confirmation the requester gets. {@link dev.deskhand.slack.escalation.form.EscalateForm}
 * opens the same form from other surfaces (the App Home).
 *
 * <p>Uses {@code slack.escalation.card}; knows nothing of the card's buttons or of the outbox sender.
 */
package dev.deskhand.slack.escalation.form;
