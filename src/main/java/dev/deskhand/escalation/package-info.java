/**
 * Escalations as plain code: the model ({@link dev.deskhand.escalation.Escalation}, severities, teams, statuses),
 * the one code path for state changes ({@link dev.deskhand.escalation.Lifecycle} with its commands, outcomes and
 * permissions), and the port the adapters implement ({@link dev.deskhand.escalation.EscalationStore}) with the values
 * that cross it: the outbox messages a change owes, the reminders already sent, the {@code OnCall} hook.
 *
 * <p>The parts built on it live in the subpackages, which each look only at this package and never at each other,
 * except {@code service}, which reads the SLA policy: {@code escalation.sla} (SLA targets, business hours, reminders),
 * {@code escalation.outbox} (the queue senders work from and their backoff), {@code escalation.service} (creating and
 * changing escalations, the settings they apply, the {@code /escalate} one-line parser). This package depends on none
 * of them, only on the JDK. {@code store} implements the ports with JDBC,
 * {@code slack.escalation} renders and drives it, {@code config} builds its settings records from {@code deskhand.yml}.
 */
package dev.deskhand.escalation;
