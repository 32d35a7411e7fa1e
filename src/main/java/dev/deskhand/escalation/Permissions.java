package dev.deskhand.escalation;

import java.util.List;

/**
 * Who may resolve or reassign. An empty list means anyone who can see the card (the team channel); otherwise the
 * actor must belong to one of the listed user group ids ({@code S…}).
 */
public record Permissions(List<String> resolveGroups, List<String> reassignGroups) {
    public Permissions {
        resolveGroups = List.copyOf(resolveGroups == null ? List.of() : resolveGroups);
        reassignGroups = List.copyOf(reassignGroups == null ? List.of() : reassignGroups);
    }

    /** No restrictions. */
    public static Permissions open() {
        return new Permissions(List.of(), List.of());
    }

    /** The user groups allowed to perform the action, empty when anyone may. */
    public List<String> groupsFor(Action action) {
        return switch (action) {
            case RESOLVE -> resolveGroups;
            case REASSIGN_PERSON, REASSIGN_TEAM -> reassignGroups;
            default -> List.of();
        };
    }

    /** Whether the actor may perform the action. */
    public boolean allows(Action action, Actor actor) {
        List<String> groups = groupsFor(action);
        return groups.isEmpty() || groups.stream().anyMatch(actor.userGroups()::contains);
    }
}
