package dev.deskhand.slack.home;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.kb.SearchLog;
import dev.deskhand.kb.SearchLogEntry;
import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submitting the home's search: the search runs in memory inside Slack's three seconds and its results replace the
 * modal ({@code response_action: update}), question kept. The search is logged like any other (surface
 * {@code home}), so a question nobody could answer here is a knowledge gap too; the write goes to the background.
 */
final class SearchModalSubmission implements ViewSubmissionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SearchModalSubmission.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SURFACE = "home";

    private final SearchModal modal;
    private final KnowledgeBase knowledgeBase;
    private final SearchLog searchLog;
    private final Executor background;
    private final Clock clock;
    private final Voice voice;

    SearchModalSubmission(SearchModal modal, KnowledgeBase knowledgeBase, SearchLog searchLog, Executor background,
                          Clock clock, Voice voice) {
        this.modal = modal;
        this.knowledgeBase = knowledgeBase;
        this.searchLog = searchLog;
        this.background = background;
        this.clock = clock;
        this.voice = voice;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var payload = request.getPayload();
        Texts texts = voice.user(payload.getUser().getId());
        var values = payload.getView().getState().getValues().get(SearchModal.QUERY);
        String query = values == null || values.get(SearchModal.VALUE) == null
                || values.get(SearchModal.VALUE).getValue() == null ? "" : values.get(SearchModal.VALUE).getValue().strip();
        if (!knowledgeBase.isReady()) {
            return update(modal.notReady(query, texts));
        }
        SearchResult result = knowledgeBase.search(new SearchRequest(query, SearchModal.RESULTS, 0));
        record(result);
        return update(modal.view(query, Optional.of(result), texts));
    }

    private void record(SearchResult result) {
        SearchLogEntry entry = new SearchLogEntry(clock.instant(), result.query(),
                result.query().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), result.language(),
                result.totalHits(), result.hits().isEmpty() ? 0 : result.hits().get(0).score(), result.confidence(),
                result.answered(), result.hits().stream().findFirst().map(h -> h.article().id()), SURFACE,
                Optional.empty(), SURFACE);
        background.execute(() -> {
            try {
                searchLog.record(entry);
            } catch (RuntimeException e) {
                LOG.warn("Could not log a home search (the results were still shown): {}", e.toString());
            }
        });
    }

    private static Response update(ObjectNode view) {
        ObjectNode body = JSON.createObjectNode().put("response_action", "update");
        body.set("view", view);
        return Response.builder().statusCode(200).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body(body.toString()).build();
    }
}
