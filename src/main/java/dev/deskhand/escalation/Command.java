package dev.deskhand.escalation;

import java.time.Instant;

/** A request to change an escalation; {@link Lifecycle} decides whether and how it applies. */
public sealed interface Command {

    /** The audit action this command produces when it applies. */
    Action action();

    /** "I'll take it": an open escalation becomes acknowledged with the actor as owner. */
    record Claim() implements Command {
        public Action action() {
            return Action.CLAIM;
        }
    }

    /** The person it was assigned to (or who owned it before a reopen) confirms they are on it. */
    record Acknowledge() implements Command {
        public Action action() {
            return Action.ACKNOWLEDGE;
        }
    }

    /** Hand it to another person in the same team; the status does not change. */
    record ReassignToPerson(String userId) implements Command {
        public Action action() {
            return Action.REASSIGN_PERSON;
        }
    }

    /** Move it to another team: unassigned and open again, the card moves to that team's channel. */
    record ReassignToTeam(String teamId) implements Command {
        public Action action() {
            return Action.REASSIGN_TEAM;
        }
    }

    /** Raise or lower the severity; SLA due times follow the new severity. */
    record ChangeSeverity(Severity severity) implements Command {
        public Action action() {
            return Action.CHANGE_SEVERITY;
        }
    }

    /** Silence reminders until the given time. */
    record Snooze(Instant until) implements Command {
        public Action action() {
            return Action.SNOOZE;
        }
    }

    /** Close it; a note and a reason are required. */
    record Resolve(String note, ResolutionReason reason) implements Command {
        public Action action() {
            return Action.RESOLVE;
        }
    }

    /** Open a resolved escalation again; the SLA clocks restart. */
    record Reopen(String note) implements Command {
        public Action action() {
            return Action.REOPEN;
        }
    }
}
