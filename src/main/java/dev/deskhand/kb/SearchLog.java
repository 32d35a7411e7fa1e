package dev.deskhand.kb;

/** Port that records every search, so the digest can report knowledge gaps; the store implements it. */
public interface SearchLog {

    /** Stores one search; implementations must not throw for a failed write (log it instead). */
    void record(SearchLogEntry entry);
}
