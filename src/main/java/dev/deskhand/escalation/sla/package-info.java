/**
 * SLA timing for escalations: the targets per severity and tier ({@link dev.deskhand.escalation.sla.SlaPolicy},
 * {@link dev.deskhand.escalation.sla.SlaTargets}), business hours, where an escalation stands against them
 * ({@link dev.deskhand.escalation.sla.SlaState}), and the routine that owes each reminder once
 * ({@link dev.deskhand.escalation.sla.SlaReminders}).
 *
 * <p>Built on {@code escalation} (the model, the store port, the reminder values it logs); knows nothing of
 * {@code escalation.outbox} or {@code escalation.service}. Plain Java.
 */
package dev.deskhand.escalation.sla;
