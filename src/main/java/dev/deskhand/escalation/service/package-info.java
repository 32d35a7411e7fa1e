/**
 * What the app does with escalations: {@link dev.deskhand.escalation.service.EscalationService} creates them and
 * applies commands (read, decide with {@code Lifecycle}, store conditionally with the posts and pages owed),
 * {@link dev.deskhand.escalation.service.EscalationSettings} is everything it applies from {@code deskhand.yml}
 * (teams, tiers, SLA policy, mentions, extra channels, permissions), and
 * {@link dev.deskhand.escalation.service.OneLineParser} reads {@code /escalate P1 billing ACME-1234 …}.
 *
 * <p>The top of the escalation packages: it uses {@code escalation} and {@code escalation.sla}; nothing under
 * {@code escalation} uses it. Plain Java.
 */
package dev.deskhand.escalation.service;
