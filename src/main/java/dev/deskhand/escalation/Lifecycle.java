package dev.deskhand.escalation;

import dev.deskhand.escalation.Outcome.Refused;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one code path for every state change of an escalation. It never touches storage: callers store the
 * {@link Outcome.Applied} result conditionally on the version they read, so a race has exactly one winner and the
 * loser, re-reading, gets the refusal ("already claimed by …").
 */
public final class Lifecycle {
    private final Permissions permissions;
    private final Map<String, Team> teams;

    /** @param teams the configured teams: where an escalation may be moved, and whose leads may act on it */
    public Lifecycle(Permissions permissions, List<Team> teams) {
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        Map<String, Team> byId = new LinkedHashMap<>();
        teams.forEach(team -> byId.put(team.id(), team));
        this.teams = Map.copyOf(byId);
    }

    /** Teams by id only, without leads (tests of rules that do not involve leads). */
    public Lifecycle(Permissions permissions, Set<String> teamIds) {
        this(permissions, teamIds.stream().map(id -> new Team(id, id, "C0" + id, List.of())).toList());
    }

    /** The refusal {@code actor} gets for {@code action} on {@code current}, if they may not. */
    public Optional<Outcome.NotAllowed> notAllowed(Escalation current, Action action, Actor actor) {
        Optional<Team> team = Optional.ofNullable(teams.get(current.team()));
        if (permissions.allows(action, actor, current, team)) {
            return Optional.empty();
        }
        return Optional.of(new Outcome.NotAllowed(current.key(), action, permissions.who(action, current, team)));
    }

    /** Decides what {@code command} by {@code actor} at {@code now} does to {@code current}. */
    public Outcome apply(Escalation current, Command command, Actor actor, Instant now) {
        Optional<Outcome.NotAllowed> refused = notAllowed(current, command.action(), actor);
        if (refused.isPresent()) {
            return refused.get();
        }
        boolean reopening = command instanceof Command.Reopen;
        if (current.status() == Status.RESOLVED && !reopening) {
            return new Outcome.Refused.AlreadyResolved(current.key());
        }
        Escalation.Changes next = current.change();
        Step step = step(current, next, command, actor, now);
        if (step.refusal() != null) {
            return step.refusal();
        }
        AuditEvent event = new AuditEvent(current.key(), actor.userId(), command.action(), step.from(), step.to(),
                step.note(), now);
        return new Outcome.Applied(next.build(), event);
    }

    // Java 17 has no pattern switch; the sealed Command keeps this chain complete.
    private Step step(Escalation current, Escalation.Changes next, Command command, Actor actor, Instant now) {
        if (command instanceof Command.Claim) {
            return claim(current, next, actor, now);
        } else if (command instanceof Command.Acknowledge) {
            return acknowledge(current, next, actor, now);
        } else if (command instanceof Command.ReassignToPerson to) {
            return reassignToPerson(current, next, to.userId());
        } else if (command instanceof Command.ReassignToTeam to) {
            return reassignToTeam(current, next, to.teamId());
        } else if (command instanceof Command.ChangeSeverity to) {
            return changeSeverity(current, next, to.severity());
        } else if (command instanceof Command.Snooze snooze) {
            return snooze(current, next, snooze.until(), now);
        } else if (command instanceof Command.Resolve resolve) {
            return resolve(current, next, resolve, actor, now);
        } else if (command instanceof Command.Reopen reopen) {
            return reopen(current, next, reopen, now);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private Step claim(Escalation current, Escalation.Changes next, Actor actor, Instant now) {
        if (current.status() == Status.ACKNOWLEDGED) {
            return Step.refuse(actor.userId().equals(current.assignee())
                    ? new Refused.ClaimedByYou(current.key())
                    : new Refused.ClaimedBySomeoneElse(current.key(), current.assignee()));
        }
        return acknowledged(current, next, actor, now);
    }

    private Step acknowledge(Escalation current, Escalation.Changes next, Actor actor, Instant now) {
        if (!actor.userId().equals(current.assignee())) {
            return Step.refuse(current.assignee() == null
                    ? new Refused.NotAssigned(current.key())
                    : new Refused.AssignedToSomeoneElse(current.key(), current.assignee()));
        }
        if (current.status() == Status.ACKNOWLEDGED) {
            return Step.refuse(new Refused.AcknowledgedByYou(current.key()));
        }
        return acknowledged(current, next, actor, now);
    }

    private static Step acknowledged(Escalation current, Escalation.Changes next, Actor actor, Instant now) {
        next.status = Status.ACKNOWLEDGED;
        next.assignee = actor.userId();
        // The first acknowledgement is what "time to acknowledge" measures; a claim after a reopen keeps it.
        if (next.acknowledgedAt == null) {
            next.acknowledgedAt = now;
        }
        return Step.change(current.status().label(), Status.ACKNOWLEDGED.label(), null);
    }

    private static Step reassignToPerson(Escalation current, Escalation.Changes next, String userId) {
        if (userId == null || userId.isBlank()) {
            return Step.refuse(new Refused.NoPersonPicked(current.key()));
        }
        if (userId.equals(current.assignee())) {
            return Step.refuse(new Refused.AlreadyAssigned(current.key(), userId));
        }
        next.assignee = userId;
        return Step.change(current.assignee(), userId, null);
    }

    private Step reassignToTeam(Escalation current, Escalation.Changes next, String teamId) {
        if (!teams.containsKey(teamId)) {
            return Step.refuse(new Refused.UnknownTeam(current.key(), teamId));
        }
        if (teamId.equals(current.team())) {
            return Step.refuse(new Refused.AlreadyWithTeam(current.key(), teamId));
        }
        next.team = teamId;
        next.assignee = null;
        next.status = Status.OPEN;
        return Step.change(current.team(), teamId, null);
    }

    private static Step changeSeverity(Escalation current, Escalation.Changes next, Severity severity) {
        if (severity == null || severity == current.severity()) {
            return Step.refuse(new Refused.SameSeverity(current.key(), current.severity()));
        }
        next.severity = severity;
        return Step.change(current.severity().name(), severity.name(), null);
    }

    private static Step snooze(Escalation current, Escalation.Changes next, Instant until, Instant now) {
        if (until == null || !until.isAfter(now)) {
            return Step.refuse(new Refused.SnoozeNotInFuture(current.key()));
        }
        next.snoozedUntil = until;
        return Step.change(current.snoozedUntil() == null ? null : current.snoozedUntil().toString(),
                until.toString(), null);
    }

    private static Step resolve(Escalation current, Escalation.Changes next, Command.Resolve resolve, Actor actor,
                                Instant now) {
        if (resolve.note() == null || resolve.note().isBlank()) {
            return Step.refuse(new Refused.NoteRequired(current.key()));
        }
        if (resolve.reason() == null) {
            return Step.refuse(new Refused.ReasonRequired(current.key()));
        }
        next.status = Status.RESOLVED;
        next.resolvedAt = now;
        next.resolvedBy = actor.userId();
        next.resolutionNote = resolve.note().strip();
        next.resolutionReason = resolve.reason();
        next.snoozedUntil = null;
        // Resolving without claiming first still answers the customer: it counts as the acknowledgement too.
        if (next.acknowledgedAt == null) {
            next.acknowledgedAt = now;
        }
        return Step.change(current.status().label(), resolve.reason().name(), next.resolutionNote);
    }

    private static Step reopen(Escalation current, Escalation.Changes next, Command.Reopen reopen, Instant now) {
        if (current.status() != Status.RESOLVED) {
            return Step.refuse(new Refused.NotResolved(current.key()));
        }
        next.status = Status.OPEN;
        next.reopenedAt = now;
        next.resolvedAt = null;
        next.resolvedBy = null;
        next.resolutionNote = null;
        next.resolutionReason = null;
        next.snoozedUntil = null;
        String note = reopen.note() == null || reopen.note().isBlank() ? null : reopen.note().strip();
        return Step.change(Status.RESOLVED.label(), Status.OPEN.label(), note);
    }

    private record Step(String from, String to, String note, Refused refusal) {
        static Step change(String from, String to, String note) {
            return new Step(from, to, note, null);
        }

        static Step refuse(Refused reason) {
            return new Step(null, null, null, reason);
        }
    }
}
