package dev.deskhand.escalation;

import java.util.Locale;

/** What happened to an escalation, as written to its audit trail. */
public enum Action {
    CREATE,
    CLAIM,
    ACKNOWLEDGE,
    REASSIGN_PERSON,
    REASSIGN_TEAM,
    CHANGE_SEVERITY,
    SNOOZE,
    RESOLVE,
    REOPEN;

    /** Lower-case name with spaces, for timelines. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
