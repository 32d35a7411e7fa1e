package dev.deskhand.kb;

/** Port that records every search, so the digest can report knowledge gaps; the store implements it. */
public interface SearchLog {

    /** Stores one search; implementations must not throw for a failed write (log it instead). */
    void record(SearchLogEntry entry);

    /**
     * Links the latest unanswered search for {@code query} that is not linked yet to the escalation it became
     * ({@code ESC-n} as {@code n}); nothing when there is none.
     */
    void escalated(String query, long escalationNumber);
}
