package dev.deskhand.server;

import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/**
 * The correlation id of the request being handled, kept in the logging context ({@code cid}) so that every log
 * line and every apology shown to a user carry the same id.
 */
public final class CorrelationIds {

    public static final String KEY = "cid";

    private CorrelationIds() {
    }

    /** The current id, or a new one stored for this thread when there is none (Socket Mode, background work). */
    public static String current() {
        String id = MDC.get(KEY);
        if (id == null) {
            id = next();
            MDC.put(KEY, id);
        }
        return id;
    }

    public static String next() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
    }
}
