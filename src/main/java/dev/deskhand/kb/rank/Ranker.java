package dev.deskhand.kb.rank;

import dev.deskhand.kb.index.DocScores;
import dev.deskhand.kb.index.Fields;
import dev.deskhand.kb.index.IndexSnapshot;
import dev.deskhand.kb.index.KbAnalyzers;
import dev.deskhand.kb.index.RankingParameters;
import dev.deskhand.kb.index.TermGroups;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;

/**
 * Ranks articles for analysed query text in two stages. First, one Lucene search over whole articles by their
 * words (title, aliases and tags weigh more than the body) picks the candidates. Then, for those candidates only,
 * their passages (title, aliases, sections, paragraphs, lines) and English character trigrams are scored. An
 * article's score is its whole-article score plus its decayed passage scores, so a query that matches one phrasing
 * well beats one whose words are scattered over a long text. Cost grows with the candidates, not the index.
 */
final class Ranker {
    private static final Comparator<Candidate> BEST_FIRST =
            Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id);

    private final KbAnalyzers analyzers;
    private final RankingParameters p;
    private final SelfScore selfScore = new SelfScore();
    /** The languages the encoder reads: their articles lack vectors only past the cap. */
    private final java.util.function.Predicate<String> encodedLanguage;

    Ranker(KbAnalyzers analyzers, RankingParameters parameters, java.util.function.Predicate<String> encodedLanguage) {
        this.analyzers = analyzers;
        this.p = parameters;
        this.encodedLanguage = encodedLanguage;
    }

    QueryAnalysis analyse(String lang, String text) {
        if (lang.equals("ko")) {
            return new QueryAnalysis(lang, TermGroups.of(analyzers.koreanIndex, Fields.BODY + Fields.KO, text,
                    analyzers.koreanSynonyms.expansions(text)),
                    TermGroups.of(analyzers.bigrams, Fields.BODY + Fields.BIGRAM, text));
        }
        return new QueryAnalysis(lang, TermGroups.of(analyzers.englishIndex, Fields.BODY + Fields.EN, text,
                analyzers.englishSynonyms.expansions(text)),
                p.gramWeight() > 0 ? TermGroups.of(analyzers.englishGrams, Fields.BODY + Fields.NGRAM, text)
                        : List.of());
    }

    /**
     * @param meaning the query's meaning vector, or null when the index or the language has none; it then adds
     *                {@link MeaningFusion} to the ranking by words
     */
    Ranking rank(IndexSnapshot snapshot, UserQuery query, QueryAnalysis analysis, float[] meaning,
                 Set<String> excluded) {
        List<Query> phrases = phraseQueries(query, analysis);
        Ranking ranking = fuse(snapshot, query, rank(snapshot, query, analysis, phrases, excluded), meaning,
                phrases, excluded);
        // People quote words in questions without meaning "must contain"; if nothing has the phrase, rank anyway.
        return ranking.candidates().isEmpty() && !phrases.isEmpty()
                ? fuse(snapshot, query, rank(snapshot, query, analysis, List.of(), excluded), meaning, List.of(),
                        excluded)
                : ranking;
    }

    private Ranking fuse(IndexSnapshot snapshot, UserQuery query, Ranking byWords, float[] meaning,
                                List<Query> phrases, Set<String> excluded) {
        if (meaning == null || snapshot.vectors.isEmpty()) {
            return byWords;
        }
        if (!meaningKnowsBest(snapshot, byWords.candidates())) {
            return byWords;
        }
        List<Candidate> fused = MeaningFusion.fuse(snapshot, byWords.candidates(), meaning, excluded,
                phrases.isEmpty() && !query.hasFilters());
        return new Ranking(byWords.analysis(), fused, Math.max(byWords.totalHits(), fused.size()), true);
    }

    /**
     * Whether meaning can judge the articles words found. Fused, an article without an encoded passage counts as
     * unrelated in meaning (similarity 0), so it falls below every article meaning adds, and the confidence then
     * declines it. That is unfair when its meaning is merely unknown: when no article words found has a vector, or
     * when the best one is in a language the encoder reads but lies past {@link
     * dev.deskhand.kb.index.PassageVectors}' cap of encoded passages (most articles of a 10,000-article base: a word
     * added to one of them was never found). Such a query ranks by words, as the words-only engine ranks it. A best
     * match in a language the encoder does not read, next to word matches it does read (a Korean translation next
     * to the English article), still gives way to them, as before.
     */
    private boolean meaningKnowsBest(IndexSnapshot snapshot, List<Candidate> byWords) {
        if (byWords.isEmpty()) {
            return true; // meaning alone finds the candidates
        }
        String best = byWords.get(0).id();
        if (!snapshot.vectors.covers(best) && encodedLanguage.test(snapshot.articles.get(best).lang())) {
            return false;
        }
        for (Candidate c : byWords) {
            if (snapshot.vectors.covers(c.id())) {
                return true;
            }
        }
        return false;
    }

    private Ranking rank(IndexSnapshot snapshot, UserQuery query, QueryAnalysis analysis, List<Query> phrases,
                         Set<String> excluded) {
        if (analysis.isEmpty() && phrases.isEmpty() && !query.hasFilters()) {
            return Ranking.none(analysis);
        }
        try {
            // Stage 1: candidates by their words (for Korean also the Hangul bigrams, which stand in for a missed
            // segmentation). Stage 2 adds what refines the order: passages and, for English, trigrams.
            boolean english = !analysis.lang().equals("ko");
            TopDocs articles = snapshot.searcher.search(
                    articleQuery(query, analysis, phrases, excluded, english ? List.of() : analysis.grams()),
                    p.articleDepth());
            boolean gramsOnly = english && articles.scoreDocs.length == 0 && !analysis.grams().isEmpty()
                    && phrases.isEmpty();
            if (gramsOnly) {
                // No word is known at all: the closest articles by spelling are still worth showing (not answered).
                articles = snapshot.searcher.search(articleQuery(query, analysis, phrases, excluded,
                        analysis.grams()), p.articleDepth());
            }
            ScoreDoc[] hits = articles.scoreDocs.clone();
            Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
            float[] headline = english && !gramsOnly ? headlineGrams(snapshot, analysis, hits) : new float[hits.length];
            PassageHits passages = passageHits(snapshot, analysis, hits);
            List<Candidate> ranked = new ArrayList<>(hits.length);
            for (int i = 0; i < hits.length; i++) {
                String id = snapshot.articleId(hits[i].doc);
                double articleScore = hits[i].score + headline[i];
                ranked.add(passages.candidate(id, articleScore, p.passageWeight(), p.passageDecay()));
            }
            ranked.sort(BEST_FIRST);
            return new Ranking(analysis, ranked, (int) Math.max(articles.totalHits.value, ranked.size()), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * English trigrams of the candidates' headlines (title and aliases). Trigrams of the body only added noise on
     * the tuning set: a long text shares some trigrams with anything.
     */
    private float[] headlineGrams(IndexSnapshot snapshot, QueryAnalysis analysis, ScoreDoc[] hits) {
        int[] docs = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docs[i] = hits[i].doc;
        }
        float[] scores = new float[docs.length];
        for (QueryFactory.WeightedField f : headlineFields(analysis.gramSuffix())) {
            float[] field = snapshot.grams.scores(f.name(), analysis.grams(), f.weight() * gramWeight(analysis), docs);
            for (int i = 0; i < docs.length; i++) {
                scores[i] += field[i];
            }
        }
        return scores;
    }

    /** Scores every passage of the candidates: words (and Korean bigrams) by Lucene, English trigrams directly. */
    private PassageHits passageHits(IndexSnapshot snapshot, QueryAnalysis analysis, ScoreDoc[] hits)
            throws IOException {
        int total = 0;
        for (ScoreDoc hit : hits) {
            total += snapshot.passages(snapshot.articleId(hit.doc)).length;
        }
        int[] docs = new int[total];
        int at = 0;
        for (ScoreDoc hit : hits) {
            int[] own = snapshot.passages(snapshot.articleId(hit.doc));
            System.arraycopy(own, 0, docs, at, own.length);
            at += own.length;
        }
        Arrays.sort(docs);
        boolean english = !analysis.lang().equals("ko");
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        addGroups(b, analysis.groups(),
                List.of(new QueryFactory.WeightedField(Fields.PASSAGE_TEXT + analysis.suffix(), 1f)), 1f);
        if (!english) {
            addGroups(b, analysis.grams(),
                    List.of(new QueryFactory.WeightedField(Fields.PASSAGE_TEXT + analysis.gramSuffix(), 1f)),
                    gramWeight(analysis));
        }
        float[] scores = analysis.isEmpty() ? new float[total] : DocScores.of(snapshot.searcher, b.build(), docs);
        if (english && !analysis.grams().isEmpty()) {
            float[] grams = snapshot.grams.scores(Fields.PASSAGE_TEXT + analysis.gramSuffix(), analysis.grams(),
                    gramWeight(analysis), docs);
            for (int i = 0; i < total; i++) {
                scores[i] += grams[i];
            }
        }
        return new PassageHits(snapshot, docs, scores);
    }

    /** See {@link SelfScore}. */
    double selfScore(IndexSnapshot snapshot, QueryAnalysis analysis) {
        return selfScore.of(snapshot, analysis, gramWeight(analysis));
    }

    Map<String, Coverage.Shares> coverage(IndexSnapshot snapshot, QueryAnalysis analysis, List<String> ids) {
        return Coverage.of(snapshot, analysis.suffix(), articleFields(analysis.suffix()),
                Fields.PASSAGE_TEXT + analysis.suffix(),
                analysis.groups(), ids);
    }

    private Query articleQuery(UserQuery query, QueryAnalysis analysis, List<Query> phrases, Set<String> excluded,
                               List<Set<String>> grams) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        addGroups(b, analysis.groups(), articleFields(analysis.suffix()), 1f);
        addGroups(b, grams, articleFields(analysis.gramSuffix()), gramWeight(analysis));
        phrases.forEach(ph -> b.add(ph, BooleanClause.Occur.MUST));
        boolean words = !analysis.groups().isEmpty() || !grams.isEmpty();
        if (!words && phrases.isEmpty()) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        if (words && phrases.isEmpty() && !query.hasFilters()) {
            // Only articles carry these fields, so no kind filter is needed; a pure disjunction lets Lucene skip
            // articles that cannot make the top (block-max WAND), which a filtered one does not.
            excluded.forEach(id -> b.add(QueryFactory.term(Fields.ID, id), BooleanClause.Occur.MUST_NOT));
            return b.build();
        }
        if (words && phrases.isEmpty()) {
            b.setMinimumNumberShouldMatch(1); // the filters are required clauses; without this words become optional
        }
        restrict(b, Fields.ARTICLE, query, excluded);
        return b.build();
    }

    /**
     * Grams outnumber words several times over; scaling by words/grams gives the gram field a fixed share of the
     * say (the gram weight) whatever the query length.
     */
    private float gramWeight(QueryAnalysis analysis) {
        float weight = analysis.lang().equals("ko") ? 1f : p.gramWeight();
        if (analysis.grams().isEmpty() || analysis.groups().isEmpty()) {
            return weight;
        }
        return weight * Math.min(1f, (float) analysis.groups().size() / analysis.grams().size());
    }

    private void addGroups(BooleanQuery.Builder b, List<Set<String>> groups, List<QueryFactory.WeightedField> fields,
                           float weight) {
        for (Set<String> group : groups) {
            if (p.fieldTie() == 1f) {
                // Summing the fields: one flat clause per field scores the same as a nested disjunction and lets
                // Lucene skip documents by each term's own best score.
                for (QueryFactory.WeightedField f : fields) {
                    QueryFactory.should(b, QueryFactory.boost(QueryFactory.group(f.name(), group), f.weight() * weight));
                }
            } else {
                QueryFactory.should(b, QueryFactory.boost(QueryFactory.group(fields, group, p.fieldTie()), weight));
            }
        }
    }

    private List<QueryFactory.WeightedField> headlineFields(String suffix) {
        return List.of(new QueryFactory.WeightedField(Fields.TITLE + suffix, p.titleWeight()),
                new QueryFactory.WeightedField(Fields.ALIASES + suffix, p.aliasWeight()));
    }

    List<QueryFactory.WeightedField> articleFields(String suffix) {
        return List.of(new QueryFactory.WeightedField(Fields.TITLE + suffix, p.titleWeight()),
                new QueryFactory.WeightedField(Fields.ALIASES + suffix, p.aliasWeight()),
                new QueryFactory.WeightedField(Fields.TAGS + suffix, p.tagWeight()),
                new QueryFactory.WeightedField(Fields.BODY + suffix, 1f));
    }

    private List<Query> phraseQueries(UserQuery query, QueryAnalysis analysis) {
        List<Query> phrases = new ArrayList<>();
        QueryBuilder builder = new QueryBuilder(
                analysis.lang().equals("ko") ? analyzers.koreanIndex : analyzers.englishIndex);
        for (String phrase : query.phrases()) {
            List<Query> perField = new ArrayList<>();
            for (String field : List.of(Fields.TITLE, Fields.ALIASES, Fields.BODY)) {
                Query q = builder.createPhraseQuery(field + analysis.suffix(), phrase);
                if (q != null) {
                    perField.add(q);
                }
            }
            if (!perField.isEmpty()) {
                phrases.add(new DisjunctionMaxQuery(perField, 0f));
            }
        }
        return phrases;
    }

    private static void restrict(BooleanQuery.Builder b, String kind, UserQuery query, Set<String> excluded) {
        QueryFactory.filter(b, QueryFactory.term(Fields.KIND, kind));
        query.type().ifPresent(t -> QueryFactory.filter(b, QueryFactory.term(Fields.TYPE, t.key())));
        query.lang().ifPresent(l -> QueryFactory.filter(b, QueryFactory.term(Fields.LANG, l)));
        query.tags().forEach(t -> QueryFactory.filter(b, QueryFactory.term(Fields.TAG, t)));
        excluded.forEach(id -> b.add(QueryFactory.term(Fields.ID, id), BooleanClause.Occur.MUST_NOT));
    }
}
