package dev.deskhand.digest;

/** How many open escalations one person holds. */
public record AssigneeLoad(String assignee, int open) {
}
