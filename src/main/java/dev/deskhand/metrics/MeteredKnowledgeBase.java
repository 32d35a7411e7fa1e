package dev.deskhand.metrics;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Optional;

/** Times every search and counts hits and unanswered queries, around any {@link KnowledgeBase}. */
public final class MeteredKnowledgeBase implements KnowledgeBase {

    private final KnowledgeBase delegate;
    private final Timer latency;
    private final DistributionSummary hits;
    private final Counter noAnswer;

    public MeteredKnowledgeBase(KnowledgeBase delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.latency = Timer.builder("deskhand.kb.search").description("Knowledge-base search latency")
                .publishPercentileHistogram().register(registry);
        this.hits = DistributionSummary.builder("deskhand.kb.search.hits").description("Articles matched per search")
                .register(registry);
        this.noAnswer = Counter.builder("deskhand.kb.search.no.answer")
                .description("Searches below the confidence threshold (knowledge gaps)").register(registry);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        SearchResult result = latency.record(() -> delegate.search(request));
        hits.record(result.totalHits());
        if (!result.answered()) {
            noAnswer.increment();
        }
        return result;
    }

    @Override
    public boolean isReady() {
        return delegate.isReady();
    }

    @Override
    public Optional<Article> article(String id) {
        return delegate.article(id);
    }

    @Override
    public List<Article> articles() {
        return delegate.articles();
    }
}
