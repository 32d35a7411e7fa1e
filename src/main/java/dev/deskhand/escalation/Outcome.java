package dev.deskhand.escalation;

/** The result of asking {@link Lifecycle} for a change: the new state and its audit event, or a refusal. */
public sealed interface Outcome {

    /** The change applies: store {@code escalation} (conditionally on the old version) and {@code event}. */
    record Applied(Escalation escalation, AuditEvent event) implements Outcome {
    }

    /** The change does not apply; {@code reason} is a sentence for the user (may contain Slack mentions). */
    record Refused(String reason) implements Outcome {
    }

    /**
     * The actor may not do this to this escalation; {@code who} may. Typed, so the reader is told in their own
     * language whom to ask.
     */
    record NotAllowed(EscalationKey key, Action action, Who who) implements Outcome {
    }
}
