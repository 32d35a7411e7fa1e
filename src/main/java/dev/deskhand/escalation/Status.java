package dev.deskhand.escalation;

import java.util.Locale;

/** Where an escalation stands. A reopened escalation is {@link #OPEN} again with {@code reopenedAt} set. */
public enum Status {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED;

    /** Lower-case name used in audit rows, the database and messages. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
