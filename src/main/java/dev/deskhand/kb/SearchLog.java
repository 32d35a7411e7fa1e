package dev.deskhand.kb;

/** Port that records every search, so the digest can report knowledge gaps; the store implements it. */
public interface SearchLog {

    /**
     * Stores one search. Called on the request thread, so the server's implementation only queues it; none may
     * throw for a failed write (log it instead).
     */
    void record(SearchLogEntry entry);

    /** Stores several searches at once (a batch written off the request thread); one by one unless overridden. */
    default void recordAll(java.util.List<SearchLogEntry> entries) {
        entries.forEach(this::record);
    }

    /**
     * Links the latest unanswered search for {@code query} that is not linked yet to the escalation it became
     * ({@code ESC-n} as {@code n}); nothing when there is none.
     */
    void escalated(String query, long escalationNumber);
}
