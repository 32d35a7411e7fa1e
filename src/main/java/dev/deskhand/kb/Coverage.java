package dev.deskhand.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

/**
 * How much of the query an article explains: the share of the query's words, weighted by how rare they are,
 * that occur in the article (and in its single best passage). Unlike a raw BM25 score this is comparable
 * between queries, which is what a no-answer threshold needs.
 */
final class Coverage {

    /** Share of the query covered by the whole article and by its best passage, each in [0,1]. */
    record Shares(double article, double passage) {
    }

    private Coverage() {
    }

    static Shares of(IndexSnapshot snapshot, Ranker ranker, String articleId, List<Set<String>> groups,
                     String suffix) {
        if (groups.isEmpty()) {
            return new Shares(0, 0);
        }
        List<QueryFactory.WeightedField> fields = ranker.articleFields(suffix);
        List<Double> weights = new ArrayList<>(groups.size());
        double total = 0;
        for (Set<String> group : groups) {
            double w = idf(snapshot, fields, group);
            weights.add(w);
            total += w;
        }
        String passageField = Fields.PASSAGE_TEXT + suffix;
        BooleanQuery.Builder inArticle = new BooleanQuery.Builder();
        BooleanQuery.Builder inPassage = new BooleanQuery.Builder();
        for (int i = 0; i < groups.size(); i++) {
            float w = weights.get(i).floatValue();
            List<QueryFactory.WeightedField> unweighted = fields.stream()
                    .map(f -> new QueryFactory.WeightedField(f.name(), 1f)).toList();
            QueryFactory.should(inArticle, QueryFactory.boost(
                    new ConstantScoreQuery(QueryFactory.group(unweighted, groups.get(i), 0f)), w));
            QueryFactory.should(inPassage, QueryFactory.boost(
                    new ConstantScoreQuery(QueryFactory.group(passageField, groups.get(i))), w));
        }
        restrict(inArticle, Fields.ARTICLE, articleId);
        restrict(inPassage, Fields.PASSAGE, articleId);
        return new Shares(best(snapshot, inArticle.build()) / total, best(snapshot, inPassage.build()) / total);
    }

    private static double idf(IndexSnapshot snapshot, List<QueryFactory.WeightedField> fields, Set<String> group) {
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

    private static void restrict(BooleanQuery.Builder b, String kind, String articleId) {
        QueryFactory.filter(b, QueryFactory.term(Fields.KIND, kind));
        QueryFactory.filter(b, QueryFactory.term(Fields.ID, articleId));
    }

    private static double best(IndexSnapshot snapshot, Query query) {
        try {
            TopDocs top = snapshot.searcher.search(query, 1);
            return top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
