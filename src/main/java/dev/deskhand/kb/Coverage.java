package dev.deskhand.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * How much of the query an article explains: the share of the query's words, weighted by how rare they are,
 * that occur in the article (and in its single best passage). Unlike a raw BM25 score this is comparable
 * between queries, which is what re-ranking the top candidates and the no-answer threshold need.
 */
final class Coverage {

    /** Share of the query covered by the whole article and by its best passage, each in [0,1]. */
    record Shares(double article, double passage) {

        static final Shares NONE = new Shares(0, 0);

        Shares average(Shares other) {
            return new Shares((article + other.article) / 2, (passage + other.passage) / 2);
        }
    }

    private Coverage() {
    }

    /** Shares for each of the given articles (one query for all whole articles, one for all their passages). */
    static Map<String, Shares> of(IndexSnapshot snapshot, List<QueryFactory.WeightedField> articleFields,
                                  String passageField, List<Set<String>> groups, Collection<String> articleIds) {
        Map<String, Shares> shares = new HashMap<>();
        if (groups.isEmpty() || articleIds.isEmpty()) {
            articleIds.forEach(id -> shares.put(id, Shares.NONE));
            return shares;
        }
        List<QueryFactory.WeightedField> unweighted = articleFields.stream()
                .map(f -> new QueryFactory.WeightedField(f.name(), 1f)).toList();
        double total = 0;
        BooleanQuery.Builder inArticle = new BooleanQuery.Builder();
        BooleanQuery.Builder inPassage = new BooleanQuery.Builder();
        for (Set<String> group : groups) {
            float w = (float) idf(snapshot, articleFields, group);
            total += w;
            QueryFactory.should(inArticle, QueryFactory.boost(
                    new ConstantScoreQuery(QueryFactory.group(unweighted, group, 0f)), w));
            QueryFactory.should(inPassage, QueryFactory.boost(
                    new ConstantScoreQuery(QueryFactory.group(passageField, group)), w));
        }
        List<BytesRef> ids = new ArrayList<>();
        articleIds.forEach(id -> ids.add(new BytesRef(id)));
        Query idFilter = new TermInSetQuery(Fields.ID, ids);
        QueryFactory.filter(inArticle, QueryFactory.term(Fields.KIND, Fields.ARTICLE));
        QueryFactory.filter(inArticle, idFilter);
        QueryFactory.filter(inPassage, QueryFactory.term(Fields.KIND, Fields.PASSAGE));
        QueryFactory.filter(inPassage, idFilter);
        Map<String, Double> article = best(snapshot, inArticle.build(), articleIds.size());
        Map<String, Double> passage = best(snapshot, inPassage.build(), Passages.MAX_PER_ARTICLE * articleIds.size());
        for (String id : articleIds) {
            shares.put(id, new Shares(article.getOrDefault(id, 0.0) / total, passage.getOrDefault(id, 0.0) / total));
        }
        return shares;
    }

    /** Rarity of a word group among whole articles, from its most frequent field (absent words are rarest). */
    static double idf(IndexSnapshot snapshot, List<QueryFactory.WeightedField> fields, Set<String> group) {
        long df = 0;
        try {
            for (String term : group) {
                for (QueryFactory.WeightedField f : fields) {
                    df = Math.max(df, snapshot.reader.docFreq(new Term(f.name(), term)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long n = Math.max(1, snapshot.articleCount);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private static Map<String, Double> best(IndexSnapshot snapshot, Query query, int depth) {
        Map<String, Double> best = new HashMap<>();
        try {
            for (ScoreDoc hit : snapshot.searcher.search(query, Math.max(1, depth)).scoreDocs) {
                best.merge(snapshot.articleId(hit.doc), (double) hit.score, Math::max);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return best;
    }
}
