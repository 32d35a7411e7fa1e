package dev.deskhand.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * Ranks articles for analysed query text. Two Lucene searches: whole articles (title, aliases and tags weigh more
 * than the body, each query word scored by its best field) and passages (title, aliases, sections, paragraphs,
 * lines). An article's score is its whole-article score plus a weight times its best passage's score, so a query
 * that matches one phrasing well beats one whose words are scattered over a long text.
 */
final class Ranker {

    /** A playbook hit points at its best section when that section scores at least this share of the best passage. */
    private static final double SECTION_SHARE = 0.5;

    private static final Comparator<Candidate> BEST_FIRST =
            Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id);

    private final KbAnalyzers analyzers;
    private final RankingParameters p;

    Ranker(KbAnalyzers analyzers, RankingParameters parameters) {
        this.analyzers = analyzers;
        this.p = parameters;
    }

    QueryAnalysis analyse(String lang, String text) {
        if (lang.equals("ko")) {
            return new QueryAnalysis(lang, TermGroups.of(analyzers.koreanQuery, Fields.BODY + Fields.KO, text),
                    TermGroups.of(analyzers.bigrams, Fields.BODY + Fields.BIGRAM, text));
        }
        return new QueryAnalysis(lang, TermGroups.of(analyzers.englishQuery, Fields.BODY + Fields.EN, text),
                p.gramWeight() > 0 ? TermGroups.of(analyzers.englishGrams, Fields.BODY + Fields.NGRAM, text)
                        : List.of());
    }

    Ranking rank(IndexSnapshot snapshot, UserQuery query, QueryAnalysis analysis, Set<String> excluded) {
        List<Query> phrases = phraseQueries(query, analysis);
        Ranking ranking = rank(snapshot, query, analysis, phrases, excluded);
        // People quote words in questions without meaning "must contain"; if nothing has the phrase, rank anyway.
        return ranking.candidates().isEmpty() && !phrases.isEmpty()
                ? rank(snapshot, query, analysis, List.of(), excluded) : ranking;
    }

    private Ranking rank(IndexSnapshot snapshot, UserQuery query, QueryAnalysis analysis, List<Query> phrases,
                         Set<String> excluded) {
        if (analysis.isEmpty() && phrases.isEmpty() && !query.hasFilters()) {
            return Ranking.none(analysis);
        }
        try {
            TopDocs articles = snapshot.searcher.search(
                    articleQuery(query, analysis, phrases, excluded), p.articleDepth());
            // Per article: whole-article score, passage sum (best first, each next one decayed), the last passage
            // score added, best passage doc, best section score, best section doc.
            Map<String, double[]> scores = new HashMap<>();
            for (ScoreDoc hit : articles.scoreDocs) {
                scores.put(snapshot.articleId(hit.doc), new double[] {hit.score, 0, 0, -1, 0, -1, 0});
            }
            if (!analysis.isEmpty()) {
                TopDocs passages = snapshot.searcher.search(passageQuery(query, analysis, excluded), p.passageDepth());
                for (ScoreDoc hit : passages.scoreDocs) { // best first, so the first passage of an article is its best
                    String id = snapshot.articleId(hit.doc);
                    if (!phrases.isEmpty() && !scores.containsKey(id)) {
                        continue; // the phrase must occur in the article; this one was not among the matches
                    }
                    double[] s = scores.computeIfAbsent(id, k -> new double[] {0, 0, 0, -1, 0, -1, 0});
                    int seen = (int) s[6]++;
                    if (seen == 0) {
                        s[3] = hit.doc;
                        s[2] = hit.score;
                    }
                    s[1] += Math.pow(p.passageDecay(), seen) * hit.score;
                    if (snapshot.isSection(hit.doc) && hit.score > s[4]) {
                        s[4] = hit.score;
                        s[5] = hit.doc;
                    }
                }
            }
            List<Candidate> ranked = new ArrayList<>(scores.size());
            scores.forEach((id, s) -> {
                // Point at a section only when it is about as good a match as the best passage of the article.
                int section = s[5] >= 0 && s[4] >= SECTION_SHARE * s[2] ? (int) s[5] : -1;
                ranked.add(new Candidate(id, s[0] + p.passageWeight() * s[1], s[0], s[2], (int) s[3], section,
                        Coverage.Shares.NONE));
            });
            ranked.sort(BEST_FIRST);
            return new Ranking(analysis, ranked, (int) Math.max(articles.totalHits.value, ranked.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Coverage.Shares> coverage(IndexSnapshot snapshot, QueryAnalysis analysis, List<String> ids) {
        return Coverage.of(snapshot, articleFields(analysis.suffix()), Fields.PASSAGE_TEXT + analysis.suffix(),
                analysis.groups(), ids);
    }

    private Query articleQuery(UserQuery query, QueryAnalysis analysis, List<Query> phrases, Set<String> excluded) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        addGroups(b, analysis.groups(), articleFields(analysis.suffix()), 1f);
        addGroups(b, analysis.grams(), articleFields(analysis.gramSuffix()), gramWeight(analysis));
        phrases.forEach(ph -> b.add(ph, BooleanClause.Occur.MUST));
        if (analysis.isEmpty() && phrases.isEmpty()) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else if (phrases.isEmpty()) {
            b.setMinimumNumberShouldMatch(1); // the filters are required clauses; without this words become optional
        }
        restrict(b, Fields.ARTICLE, query, excluded);
        return b.build();
    }

    private Query passageQuery(UserQuery query, QueryAnalysis analysis, Set<String> excluded) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        addGroups(b, analysis.groups(),
                List.of(new QueryFactory.WeightedField(Fields.PASSAGE_TEXT + analysis.suffix(), 1f)), 1f);
        addGroups(b, analysis.grams(),
                List.of(new QueryFactory.WeightedField(Fields.PASSAGE_TEXT + analysis.gramSuffix(), 1f)),
                gramWeight(analysis));
        b.setMinimumNumberShouldMatch(1);
        restrict(b, Fields.PASSAGE, query, excluded);
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
            QueryFactory.should(b, QueryFactory.boost(QueryFactory.group(fields, group, p.fieldTie()), weight));
        }
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
                analysis.lang().equals("ko") ? analyzers.koreanQuery : analyzers.englishQuery);
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
