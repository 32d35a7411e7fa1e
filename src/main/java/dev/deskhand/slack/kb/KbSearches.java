package dev.deskhand.slack.kb;

import dev.deskhand.kb.Hit;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.kb.SearchLog;
import dev.deskhand.kb.SearchLogEntry;
import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a search for a Slack surface and logs it. The search itself is in memory and fast enough to answer inside
 * the acknowledgement; the log only queues the entry (the server's log writes in batches on a thread of its own),
 * so the database never delays an answer and a request costs no hand-off to another thread.
 */
final class KbSearches {

    private static final Logger log = LoggerFactory.getLogger(KbSearches.class);
    /** Compiled once: {@code String.replaceAll} compiles its pattern on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final KnowledgeBase knowledgeBase;
    private final SearchLog searchLog;
    private final Clock clock;
    private final boolean logUsers;

    KbSearches(KnowledgeBase knowledgeBase, SearchLog searchLog, Clock clock, boolean logUsers) {
        this.knowledgeBase = knowledgeBase;
        this.searchLog = searchLog;
        this.clock = clock;
        this.logUsers = logUsers;
    }

    boolean ready() {
        return knowledgeBase.isReady();
    }

    Optional<Hit> article(String articleId, String query) {
        return knowledgeBase.article(articleId).map(article -> knowledgeBase.search(new SearchRequest(query, 10, 0))
                .hits().stream().filter(h -> h.article().id().equals(articleId)).findFirst()
                .orElse(new Hit(article, Optional.empty(), Optional.empty(), java.util.List.of(), 0)));
    }

    SearchResult search(String query, int offset, String channelId, String userId, Surface surface) {
        SearchResult result = knowledgeBase.search(new SearchRequest(query, AnswerBlocks.PAGE, offset));
        if (offset == 0) {
            record(result, channelId, userId, surface);
        }
        return result;
    }

    private void record(SearchResult result, String channelId, String userId, Surface surface) {
        SearchLogEntry entry = new SearchLogEntry(clock.instant(), result.query(),
                SPACES.matcher(result.query().strip().toLowerCase(Locale.ROOT)).replaceAll(" "), result.language(),
                result.totalHits(), result.hits().isEmpty() ? 0 : result.hits().get(0).score(), result.confidence(),
                result.answered(), result.hits().stream().findFirst().map(h -> h.article().id()),
                channelId, logUsers ? Optional.ofNullable(userId) : Optional.empty(), surface.logName());
        try {
            searchLog.record(entry); // queued, never waits for the database (BatchedSearchLog)
        } catch (RuntimeException e) {
            log.warn("Could not log a search (the answer was still shown): {}", e.toString());
        }
    }
}
