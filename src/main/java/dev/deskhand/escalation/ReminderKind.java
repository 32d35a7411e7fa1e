package dev.deskhand.escalation;

/** The reminders an escalation can get in its thread. */
public enum ReminderKind {
    /** Acknowledgement is due soon. */
    ACK_WARNING,
    /** Nobody acknowledged in time: mentions the leads. */
    ACK_BREACH,
    /** Still not acknowledged: repeated every configured interval, mentioning the leads. */
    ACK_REPEAT,
    /** Resolution is due soon. */
    RESOLVE_WARNING,
    /** Not resolved in time: mentions the leads. */
    RESOLVE_BREACH;

    /** Whether this reminder mentions the team leads and the configured mentions. */
    public boolean alertsLeads() {
        return this == ACK_BREACH || this == ACK_REPEAT || this == RESOLVE_BREACH;
    }
}
