package dev.deskhand.escalation;

/** The result of asking {@link Lifecycle} for a change: the new state and its audit event, or a refusal. */
public sealed interface Outcome {

    /** The change applies: store {@code escalation} (conditionally on the old version) and {@code event}. */
    record Applied(Escalation escalation, AuditEvent event) implements Outcome {
    }

    /**
     * The change does not apply, and which rule said no. Typed rather than a sentence: the adapter tells the reader
     * in their own language (the domain decides, the adapters speak). User ids are raw ({@code U123}), never mentions.
     */
    sealed interface Refused extends Outcome {

        /** The escalation the refusal is about. */
        EscalationKey key();

        /** No escalation has this key. */
        record NotFound(EscalationKey key) implements Refused {
        }

        /** Someone else changed it at the same moment, every retry lost the race; trying again later works. */
        record Busy(EscalationKey key) implements Refused {
        }

        /** Only a reopen may touch a resolved escalation. */
        record AlreadyResolved(EscalationKey key) implements Refused {
        }

        /** A claim on one the actor already holds. */
        record ClaimedByYou(EscalationKey key) implements Refused {
        }

        /** A claim on one {@code owner} holds. */
        record ClaimedBySomeoneElse(EscalationKey key, String owner) implements Refused {
        }

        /** An acknowledgement of one nobody holds: claim it instead. */
        record NotAssigned(EscalationKey key) implements Refused {
        }

        /** An acknowledgement of one {@code assignee} holds. */
        record AssignedToSomeoneElse(EscalationKey key, String assignee) implements Refused {
        }

        /** An acknowledgement the actor already gave. */
        record AcknowledgedByYou(EscalationKey key) implements Refused {
        }

        /** A reassignment without a person. */
        record NoPersonPicked(EscalationKey key) implements Refused {
        }

        /** A reassignment to the person who already holds it. */
        record AlreadyAssigned(EscalationKey key, String assignee) implements Refused {
        }

        /** A move to a team the settings do not have. */
        record UnknownTeam(EscalationKey key, String team) implements Refused {
        }

        /** A move to the team it is already with. */
        record AlreadyWithTeam(EscalationKey key, String team) implements Refused {
        }

        /** A severity change to the severity it already has (or to none). */
        record SameSeverity(EscalationKey key, Severity severity) implements Refused {
        }

        /** A snooze that would end now or in the past. */
        record SnoozeNotInFuture(EscalationKey key) implements Refused {
        }

        /** A resolve without a note. */
        record NoteRequired(EscalationKey key) implements Refused {
        }

        /** A resolve without a reason. */
        record ReasonRequired(EscalationKey key) implements Refused {
        }

        /** A reopen of one that is not resolved. */
        record NotResolved(EscalationKey key) implements Refused {
        }
    }

    /**
     * The actor may not do this to this escalation; {@code who} may. Typed, so the reader is told in their own
     * language whom to ask.
     */
    record NotAllowed(EscalationKey key, Action action, Who who) implements Outcome {
    }
}
