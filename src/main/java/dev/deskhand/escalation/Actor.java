package dev.deskhand.escalation;

import java.util.Objects;
import java.util.Set;

/** Who asks for a change: a Slack user id and the user groups they belong to (for permission checks). */
public record Actor(String userId, Set<String> userGroups) {
    public Actor {
        Objects.requireNonNull(userId, "userId");
        userGroups = Set.copyOf(userGroups == null ? Set.of() : userGroups);
    }

    /** An actor whose groups do not matter (no group restrictions configured, or tests). */
    public static Actor of(String userId) {
        return new Actor(userId, Set.of());
    }
}
