/**
 * Escalations as plain code: the model ({@link dev.deskhand.escalation.Escalation}, severities, teams, tiers),
 * the one code path for state changes ({@link dev.deskhand.escalation.Lifecycle}), SLA timing and reminders
 * ({@link dev.deskhand.escalation.SlaPolicy}), the one-line {@code /escalate} parser and the ports the adapters
 * implement ({@link dev.deskhand.escalation.EscalationStore}, {@link dev.deskhand.escalation.Outbox}).
 *
 * <p>Depends only on the JDK. {@code store} implements the ports with JDBC, {@code slack.escalation} renders and
 * drives it, {@code config} builds its settings records from {@code deskhand.yml}.
 */
package dev.deskhand.escalation;
