package dev.deskhand.kb;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a search.
 *
 * @param query      the normalised query (trimmed, whitespace collapsed, lower-cased, truncated) — suitable as the
 *                   {@code normalizedQuery} of a {@link SearchLogEntry}
 * @param answered   true when the top hit is confident enough to be shown as the answer; when false the caller
 *                   shows at most the closest titles, clearly marked as not an answer
 * @param confidence calibrated probability in [0,1] that the top hit answers the query
 * @param didYouMean a spelling correction of the query when one exists
 * @param hits       the requested page of hits, best first (present even when not answered)
 * @param language   "en" or "ko": the language the query was analysed as
 * @param totalHits  how many articles matched at all
 * @param twoOptions present (on the first page only) when the top two articles look alike but do different things:
 *                   the answer shows both, and {@code confidence} is lowered accordingly
 */
public record SearchResult(String query, boolean answered, double confidence, Optional<String> didYouMean,
                           List<Hit> hits, String language, int totalHits, Optional<TwoOptions> twoOptions) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** A result with one answer (or none): no look-alike runner-up. */
    public SearchResult(String query, boolean answered, double confidence, Optional<String> didYouMean,
                        List<Hit> hits, String language, int totalHits) {
        this(query, answered, confidence, didYouMean, hits, language, totalHits, Optional.empty());
    }

    /** A result with no hits, e.g. for empty text or before the index is ready. */
    public static SearchResult empty(String query, String language) {
        return new SearchResult(query, false, 0.0, Optional.empty(), List.of(), language, 0);
    }
}
