package dev.deskhand;

import java.time.Duration;

/**
 * A job that runs repeatedly in the background (SLA reminders, the outbox sender, the digest scheduler).
 * The scheduler wraps every run so that one failure never cancels the schedule; tests call {@link #runOnce()}
 * directly with a test clock instead of waiting.
 */
public interface Routine {

    /** A short, stable name used in logs and metrics. */
    String name();

    /** Time between the end of one run and the start of the next. */
    Duration interval();

    /** Does one round of work; it decides what is due from stored state, so a missed run loses nothing. */
    void runOnce();
}
