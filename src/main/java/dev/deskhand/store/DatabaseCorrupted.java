package dev.deskhand.store;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded database file cannot be read (H2 error 90030, "File corrupted"): typically after the process died in
 * the middle of a write. Restarting cannot fix it, so start-up stops with a message an operator can act on.
 */
public final class DatabaseCorrupted extends RuntimeException {

    static final int H2_FILE_CORRUPTED = 90030;

    private final String file;

    DatabaseCorrupted(String file, Throwable cause) {
        super("the database file " + file + " is corrupted (H2 error " + H2_FILE_CORRUPTED + "): restore it from a "
                + "backup, or move it aside to start with an empty database (the escalations, search history and "
                + "feedback in it are then no longer seen by Deskhand)", cause);
        this.file = file;
    }

    /** The database file, as named in the message. */
    public String file() {
        return file;
    }

    /** {@code failure} as a corruption of the H2 file behind {@code jdbcUrl}, when it is one. */
    static Optional<DatabaseCorrupted> of(Throwable failure, String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:file:") || !isCorruption(failure)) {
            return Optional.empty();
        }
        String path = jdbcUrl.substring("jdbc:h2:file:".length());
        int options = path.indexOf(';');
        return Optional.of(new DatabaseCorrupted((options < 0 ? path : path.substring(0, options)) + ".mv.db",
                failure));
    }

    /** Walks causes and chained SQL exceptions (the pool and Flyway wrap H2's own) for H2's corruption error. */
    private static boolean isCorruption(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_FILE_CORRUPTED) {
                return true;
            }
            // H2's storage layer, when it surfaces unwrapped or as a general error: "File corrupted in chunk …".
            if (String.valueOf(t.getMessage()).contains("File corrupted")) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return false;
    }
}
