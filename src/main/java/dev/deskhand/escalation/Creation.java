package dev.deskhand.escalation;

/**
 * The result of creating an escalation.
 *
 * @param created {@code false} when the same request (idempotency key) had already created {@code escalation}
 */
public record Creation(Escalation escalation, boolean created) {
}
