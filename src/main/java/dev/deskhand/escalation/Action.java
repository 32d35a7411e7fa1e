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
    REOPEN,
    /** A paging service accepted the page for the escalation ({@code to}: the service's id); written by the app. */
    PAGE_TRIGGERED,
    /** A paging service accepted the resolution of that page ({@code to}: the service's id). */
    PAGE_RESOLVED,
    /**
     * A paging service can never accept the page or its resolution as it is ({@code from}: TRIGGER or RESOLVE,
     * {@code to}: the service's id, {@code note}: its error); it is not retried.
     */
    PAGE_FAILED;

    /** Whether this records a page rather than a change a person made. */
    public boolean isPage() {
        return this == PAGE_TRIGGERED || this == PAGE_RESOLVED || this == PAGE_FAILED;
    }

    /** Lower-case name with spaces, for timelines. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
