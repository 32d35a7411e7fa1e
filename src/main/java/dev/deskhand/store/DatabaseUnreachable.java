package dev.deskhand.store;

import java.time.Duration;

/**
 * No connection to the database within the start wait ({@code DATABASE_START_WAIT}): start-up stops with one line
 * saying where it tried and what to check, instead of a pool's stack trace.
 */
public final class DatabaseUnreachable extends RuntimeException {

    DatabaseUnreachable(String redactedUrl, Duration waited, Throwable cause) {
        super("no connection to the database at " + redactedUrl + " within " + waited.toSeconds() + " s ("
                + reason(cause) + "); check DATABASE_URL, that the database is running and reachable from here, "
                + "and its user name and password (or raise DATABASE_START_WAIT on a slow machine)", cause);
    }

    /** The innermost cause's message, on one line: the driver's own words ("Connection refused", "password …"). */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
