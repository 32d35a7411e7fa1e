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
                List.of());
    }

    Ranking rank(IndexSnapshot snapshot, UserQuery query, QueryAnalysis analysis, Set<String> excluded) {
        List<Query> phrases = phraseQueries(query, analysis);
        if (analysis.isEmpty() && phrases.isEmpty() && !query.hasFilters()) {
            return Ranking.none(analysis);
        }
        try {
            TopDocs articles = snapshot.searcher.search(
                    articleQuery(query, analysis, phrases, excluded), p.articleDepth());
            Map<String, Candidate> byId = new HashMap<>();
            for (ScoreDoc hit : articles.scoreDocs) {
                String id = snapshot.articleId(hit.doc);
                byId.put(id, new Candidate(id, hit.score, hit.score, 0, -1));
            }
            if (!analysis.isEmpty()) {
                TopDocs passages = snapshot.searcher.search(passageQuery(query, analysis, excluded), p.passageDepth());
                for (ScoreDoc hit : passages.scoreDocs) {
                    String id = snapshot.articleId(hit.doc);
                    Candidate c = byId.get(id);
                    if (c == null && !phrases.isEmpty()) {
                        continue; // the phrase must occur in the article; this one was not among the matches
                    }
                    if (c == null) {
                        byId.put(id, new Candidate(id, 0, 0, hit.score, hit.doc));
                    } else if (hit.score > c.passageScore()) {
                        byId.put(id, new Candidate(id, 0, c.articleScore(), hit.score, hit.doc));
                    }
                }
            }
            List<Candidate> ranked = new ArrayList<>(byId.size());
            for (Candidate c : byId.values()) {
                double score = c.articleScore() + p.passageWeight() * c.passageScore();
                ranked.add(new Candidate(c.id(), score, c.articleScore(), c.passageScore(), c.passageDoc()));
            }
            ranked.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id));
            return new Ranking(analysis, ranked, (int) Math.max(articles.totalHits.value, ranked.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query articleQuery(UserQuery query, QueryAnalysis analysis, List<Query> phrases, Set<String> excluded) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        addGroups(b, analysis.groups(), articleFields(analysis.suffix()), 1f);
        addGroups(b, analysis.bigrams(), articleFields(Fields.BIGRAM), bigramWeight(analysis));
        phrases.forEach(ph -> b.add(ph, BooleanClause.Occur.MUST));
        if (analysis.isEmpty() && phrases.isEmpty()) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        restrict(b, Fields.ARTICLE, query, excluded);
        return b.build();
    }

    private Query passageQuery(UserQuery query, QueryAnalysis analysis, Set<String> excluded) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        addGroups(b, analysis.groups(),
                List.of(new QueryFactory.WeightedField(Fields.PASSAGE_TEXT + analysis.suffix(), 1f)), 1f);
        addGroups(b, analysis.bigrams(),
                List.of(new QueryFactory.WeightedField(Fields.PASSAGE_TEXT + Fields.BIGRAM, 1f)),
                bigramWeight(analysis));
        restrict(b, Fields.PASSAGE, query, excluded);
        return b.build();
    }

    /** Bigrams outnumber words several times over; this gives both analyses the same total say. */
    private static float bigramWeight(QueryAnalysis analysis) {
        if (analysis.bigrams().isEmpty() || analysis.groups().isEmpty()) {
            return 1f;
        }
        return Math.min(1f, (float) analysis.groups().size() / analysis.bigrams().size());
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
