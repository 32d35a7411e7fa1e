package dev.deskhand.kb.rank;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.Hit;
import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.kb.TwoOptions;
import dev.deskhand.kb.index.BoundedCache;
import dev.deskhand.kb.index.CachedEncoder;
import dev.deskhand.kb.index.Fields;
import dev.deskhand.kb.index.IndexSnapshot;
import dev.deskhand.kb.index.KbAnalyzers;
import dev.deskhand.kb.index.LanguageDetector;
import dev.deskhand.kb.index.Markdown;
import dev.deskhand.kb.index.RankingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;

/**
 * One search from user text to a {@link SearchResult}: parse filters and phrases, analyse, rank, estimate the
 * confidence, retry with spelling corrections when the words are unknown, then cut the requested page with
 * snippets. The same path serves Slack, the CLI and the {@code eval} command.
 */
public final class KbSearcher {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KbSearcher.class);

    static final int MAX_LIMIT = 50;

    private final KbAnalyzers analyzers;
    private final Ranker ranker;
    private final ConfidenceModel confidence;
    private final SpellingSuggester speller;
    private final KoreanSpelling koreanSpeller;
    private final UserQueryParser parser = new UserQueryParser();
    private final CachedEncoder encoder;
    private final PassageWords passageWords;
    /**
     * What a hit's snippet needs that does not depend on the question: an article's plain text and a passage's
     * analysed words (Nori on a Korean passage costs more than ranking it). Keyed by the text itself, so an edited
     * article can never be served from an older entry.
     */
    private final BoundedCache<String, String> plainTexts = new BoundedCache<>(256);
    private final BoundedCache<SnippetBuilder.Key, SnippetBuilder.Tokens> snippetTokens = new BoundedCache<>(512);

    public KbSearcher(KbAnalyzers analyzers, RankingParameters parameters, ConfidenceModel confidence,
               CachedEncoder encoder) {
        this.analyzers = analyzers;
        this.encoder = encoder;
        this.ranker = new Ranker(analyzers, parameters, encoder::understands);
        this.confidence = confidence;
        this.speller = new SpellingSuggester(analyzers.spelling, analyzers.englishIndex);
        this.koreanSpeller = new KoreanSpelling(analyzers.koreanMorphemes);
        this.passageWords = new PassageWords(analyzers);
    }

    /**
     * A scored ranking before paging: what {@code eval} and calibration need.
     *
     * @param twoOptions the top two articles are look-alikes ({@link LookAlikes}); {@code confidence} is already
     *                   lowered for it
     */
    public record Scored(UserQuery query, Ranking ranking, ConfidenceModel.Features features, double confidence,
                  Optional<String> didYouMean, double bar, boolean twoOptions) {

        /** True when the top hit is confident enough to be shown as the answer. */
        public boolean answered() {
            return !ranking.candidates().isEmpty() && confidence >= bar;
        }
    }

    public SearchResult search(IndexSnapshot snapshot, SearchRequest request) {
        Scored scored = score(snapshot, request.text(), Set.of());
        int limit = Math.max(1, Math.min(MAX_LIMIT, request.limit()));
        int offset = Math.max(0, request.offset());
        List<Candidate> ranked = scored.ranking().candidates();
        List<Hit> hits = new ArrayList<>();
        for (int i = offset; i < ranked.size() && hits.size() < limit; i++) {
            hits.add(hit(snapshot, ranked.get(i), scored.ranking().analysis()));
        }
        Optional<TwoOptions> twoOptions = scored.twoOptions() && offset == 0
                ? Optional.of(new TwoOptions(hit(snapshot, ranked.get(0), scored.ranking().analysis()),
                        hit(snapshot, ranked.get(1), scored.ranking().analysis())))
                : Optional.empty();
        return new SearchResult(scored.query().normalized(), isAnswered(scored), scored.confidence(),
                scored.didYouMean(), hits, scored.ranking().analysis().lang(), scored.ranking().totalHits(),
                twoOptions);
    }

    public static boolean isAnswered(Scored scored) {
        return scored.answered();
    }

    /** Ranks {@code text}, leaving out the articles in {@code excluded} (used to simulate out-of-scope queries). */
    public Scored score(IndexSnapshot snapshot, String text, Set<String> excluded) {
        UserQuery query = parser.parse(text);
        String lang = query.lang().orElseGet(() -> LanguageDetector.detect(query.freeText()));
        Scored exact = score(snapshot, query, lang, query.freeText(), excluded, Optional.empty());
        if (query.freeText().isBlank()) {
            return exact;
        }
        Optional<Scored> korean = koreanSpelling(snapshot, query, exact, excluded);
        if (korean.isPresent()) {
            return korean.get();
        }
        if (!lang.equals("en")) {
            return exact;
        }
        Optional<String> corrected = speller.suggest(snapshot, query.freeText());
        if (corrected.isEmpty()) {
            return exact;
        }
        if (isAnswered(exact)) {
            // The corrected words could not take over (see below), so ranking them is wasted: only offer them.
            return new Scored(exact.query(), exact.ranking(), exact.features(), exact.confidence(), corrected,
                    exact.bar(), exact.twoOptions());
        }
        Scored fixed = score(snapshot, query, lang, corrected.get(), excluded, corrected);
        // The corrected words only take over when they explain the query better than the words as typed.
        return fixed.confidence() > exact.confidence() ? fixed
                : new Scored(exact.query(), exact.ranking(), exact.features(), exact.confidence(), corrected,
                        exact.bar(), exact.twoOptions());
    }

    /**
     * A question that finds nothing good, asked again as Korean spelt right, or one typed wholly with the keyboard
     * in English mode, asked again in Korean; taken when it is surer. A Korean word the articles do not use is as
     * often a real word as a typo, so a question answered as typed is otherwise left alone.
     */
    private Optional<Scored> koreanSpelling(IndexSnapshot snapshot, UserQuery query, Scored exact,
                                            Set<String> excluded) {
        Optional<String> corrected = koreanSpeller.suggest(snapshot, query.freeText(), isAnswered(exact));
        if (corrected.isEmpty()) {
            return Optional.empty();
        }
        String lang = query.lang().orElseGet(() -> LanguageDetector.detect(corrected.get()));
        Scored fixed = score(snapshot, query, lang, corrected.get(), excluded, corrected);
        return fixed.confidence() > exact.confidence() ? Optional.of(fixed) : Optional.empty();
    }

    private Scored score(IndexSnapshot snapshot, UserQuery query, String lang, String text, Set<String> excluded,
                         Optional<String> didYouMean) {
        QueryAnalysis analysis = ranker.analyse(lang, text);
        float[] meaning = meaning(snapshot, lang, text);
        Ranking ranking = ranker.rank(snapshot, query, analysis, meaning, excluded);
        if (ranking.candidates().isEmpty() || (analysis.isEmpty() && meaning == null)) {
            return new Scored(query, ranking, ConfidenceModel.Features.NONE, 0, didYouMean, confidence.threshold(),
                    false);
        }
        String top = ranking.candidates().get(0).id();
        Coverage.Shares words = ranker.coverage(snapshot, analysis, List.of(top)).get(top);
        Candidate best = ranking.candidates().get(0);
        double self = ranker.selfScore(snapshot, analysis);
        boolean understood = ranking.byMeaning();
        var features = new ConfidenceModel.Features(words.article(), words.passage(),
                ConfidenceModel.margin(ranking.candidates()), passagePrecision(snapshot, best, analysis),
                self <= 0 ? 0 : Math.min(1.5, best.passageScore() / self), unknownShare(snapshot, analysis, excluded),
                understood, best.meaning(), ConfidenceModel.meaningMargin(ranking.candidates()),
                !understood && lang.equals("ko"));
        // Without meaning, matching on character grams alone is a guess, not an answer: no query word occurs in it.
        double probability = !understood && words.article() == 0 ? 0 : confidence.probability(features);
        boolean twoOptions = probability >= confidence.threshold() && ranking.candidates().size() >= 2
                && LookAlikes.clash(text, features.margin(), snapshot.articles.get(top).title(),
                        snapshot.articles.get(ranking.candidates().get(1).id()).title());
        if (twoOptions) {
            probability = LookAlikes.lowered(probability, confidence.threshold());
        }
        return new Scored(query, ranking, features, probability, didYouMean, confidence.threshold(), twoOptions);
    }

    /** The query's meaning vector, or null when the index has none for its language or the encoder fails. */
    private float[] meaning(IndexSnapshot snapshot, String lang, String text) {
        if (snapshot.vectors.isEmpty() || !encoder.understands(lang) || text.isBlank()) {
            return null;
        }
        try {
            return encoder.encodeQuery(text);
        } catch (RuntimeException e) {
            // Words alone still give an answer; a broken model must not take search down with it.
            LOG.warn("Encoding a query failed; ranking by words only", e);
            return null;
        }
    }

    /**
     * The share of the query's words that no article uses (typos past correction, pin codes, chit-chat). Articles
     * left out of a search (calibration) do not count as using a word.
     */
    private static double unknownShare(IndexSnapshot snapshot, QueryAnalysis analysis, Set<String> excluded) {
        if (analysis.groups().isEmpty()) {
            return 1;
        }
        int unknown = 0;
        for (Set<String> group : analysis.groups()) {
            boolean known = false;
            for (String term : group) {
                int users = snapshot.docFreqs.of(analysis.suffix(), term);
                for (String id : excluded) {
                    users -= users > 0 && snapshot.articleUses(id, analysis.suffix(), term) ? 1 : 0;
                }
                known |= users > 0;
            }
            unknown += known ? 0 : 1;
        }
        return (double) unknown / analysis.groups().size();
    }

    private double passagePrecision(IndexSnapshot snapshot, Candidate top, QueryAnalysis analysis) {
        return top.passageDoc() < 0 ? 0 : passageWords.precision(snapshot, top.passageDoc(), analysis);
    }

    private Hit hit(IndexSnapshot snapshot, Candidate c, QueryAnalysis analysis) {
        Article article = snapshot.articles.get(c.id());
        Optional<String> sectionTitle = Optional.empty();
        Optional<String> sectionAnchor = Optional.empty();
        String text = null;
        if (c.sectionDoc() >= 0) {
            try {
                Document passage = snapshot.reader.storedFields().document(c.sectionDoc());
                sectionTitle = Optional.ofNullable(passage.get(Fields.SECTION_TITLE));
                sectionAnchor = Optional.ofNullable(passage.get(Fields.SECTION_ANCHOR));
                text = passage.get(Fields.PASSAGE_TEXT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (text == null) {
            text = plainTexts.get(article.body(), Markdown::plainText);
        }
        String field = Fields.BODY + analysis.suffix();
        var snippet = SnippetBuilder.build(analyzers.indexAnalyzer(field), field, text, analysis.groups(),
                snippetTokens);
        return new Hit(article, sectionTitle, sectionAnchor, snippet, c.score());
    }
}
