package dev.deskhand.escalation;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may resolve or reassign. By default only the escalation's claimer, its requester and its team's leads may;
 * members of the listed user groups ({@code S…}) may as well. {@code anyone} lifts the restriction (a workspace that
 * chooses so in settings; tests of other rules).
 */
public record Permissions(List<String> resolveGroups, List<String> reassignGroups, boolean anyone) {

    private static final Set<Action> RESTRICTED = EnumSet.of(Action.RESOLVE, Action.REASSIGN_PERSON,
            Action.REASSIGN_TEAM);

    public Permissions {
        resolveGroups = List.copyOf(resolveGroups == null ? List.of() : resolveGroups);
        reassignGroups = List.copyOf(reassignGroups == null ? List.of() : reassignGroups);
    }

    /** The safe default, plus members of these groups. */
    public Permissions(List<String> resolveGroups, List<String> reassignGroups) {
        this(resolveGroups, reassignGroups, false);
    }

    /** The safe default: claimer, requester and team leads. */
    public static Permissions defaults() {
        return new Permissions(List.of(), List.of(), false);
    }

    /** No restrictions. */
    public static Permissions open() {
        return new Permissions(List.of(), List.of(), true);
    }

    /** The extra user groups allowed to perform the action. */
    public List<String> groupsFor(Action action) {
        return switch (action) {
            case RESOLVE -> resolveGroups;
            case REASSIGN_PERSON, REASSIGN_TEAM -> reassignGroups;
            default -> List.of();
        };
    }

    /** Whether only some people may perform the action. */
    public boolean restricts(Action action) {
        return !anyone && RESTRICTED.contains(action);
    }

    /** Who may perform {@code action} on {@code escalation}, routed to {@code team}. */
    public Who who(Action action, Escalation escalation, Optional<Team> team) {
        return new Who(Optional.ofNullable(escalation.assignee()), Optional.ofNullable(escalation.requester()),
                team.map(Team::leads).orElse(List.of()), groupsFor(action));
    }

    /** Whether the actor may perform the action on the escalation. */
    public boolean allows(Action action, Actor actor, Escalation escalation, Optional<Team> team) {
        return !restricts(action) || who(action, escalation, team).includes(actor);
    }

    /** Every user group whose membership a check may need: the configured ones and the teams' lead groups. */
    public Set<String> groupsToCheck(List<Team> teams) {
        Set<String> all = new LinkedHashSet<>(resolveGroups);
        all.addAll(reassignGroups);
        teams.forEach(team -> team.leads().forEach(lead -> Who.groupId(lead).ifPresent(all::add)));
        return all;
    }
}
