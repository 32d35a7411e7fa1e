package dev.deskhand.kb.tools;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * The fit / holdout split of a tuning set: decided by the SHA-256 of the query text alone, so a query stays on its
 * side when lines are added, removed or reordered, and nobody can pick which side a message lands on.
 */
enum TuningSplit {
    FIT, HOLDOUT;

    /** Share of queries (in percent) on the fit side. */
    static final int FIT_PERCENT = 60;

    static TuningSplit of(String text) {
        return bucket(text) < FIT_PERCENT ? FIT : HOLDOUT;
    }

    /** The text's bucket in 0..99, from the first four bytes of its SHA-256. */
    static int bucket(String text) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        long head = ((hash[0] & 0xFFL) << 24) | ((hash[1] & 0xFFL) << 16) | ((hash[2] & 0xFFL) << 8) | (hash[3] & 0xFFL);
        return (int) (head % 100);
    }

    static Optional<TuningSplit> parse(String name) {
        for (TuningSplit s : values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
