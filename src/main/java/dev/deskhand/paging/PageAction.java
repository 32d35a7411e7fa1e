package dev.deskhand.paging;

/** What a page message asks of the paging service. */
public enum PageAction {
    /** Open the page (PagerDuty {@code trigger}, Opsgenie create alert). */
    TRIGGER,
    /** Close it (PagerDuty {@code resolve}, Opsgenie close alert). */
    RESOLVE
}
