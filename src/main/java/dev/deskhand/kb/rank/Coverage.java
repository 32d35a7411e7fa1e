package dev.deskhand.kb.rank;

import dev.deskhand.kb.index.DocScores;
import dev.deskhand.kb.index.IndexSnapshot;
import dev.deskhand.kb.index.SynonymExpander;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;

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
    static Map<String, Shares> of(IndexSnapshot snapshot, String suffix, List<QueryFactory.WeightedField> articleFields,
                                  String passageField, List<Set<String>> groups, Collection<String> articleIds) {
        Map<String, Shares> shares = new HashMap<>();
        if (groups.isEmpty() || articleIds.isEmpty()) {
            articleIds.forEach(id -> shares.put(id, Shares.NONE));
            return shares;
        }
        List<QueryFactory.WeightedField> unweighted = articleFields.stream()
                .map(f -> new QueryFactory.WeightedField(f.name(), 1f)).toList();
        double total = 0;
        // Whole articles and passages share no field: one query scores the article doc and its passage docs.
        BooleanQuery.Builder present = new BooleanQuery.Builder();
        for (Set<String> group : groups) {
            float w = (float) idf(snapshot, suffix, group);
            total += w;
            QueryFactory.should(present, QueryFactory.boost(
                    new ConstantScoreQuery(QueryFactory.group(unweighted, group, 0f)), w));
            QueryFactory.should(present, QueryFactory.boost(
                    new ConstantScoreQuery(QueryFactory.group(passageField, group)), w));
        }
        Query query = present.build();
        try {
            for (String id : articleIds) {
                int[] passages = snapshot.passages(id);
                int article = snapshot.articleDoc(id);
                int[] docs = Arrays.copyOf(passages, passages.length + (article < 0 ? 0 : 1));
                if (article >= 0) {
                    docs[passages.length] = article;
                }
                Arrays.sort(docs);
                float[] scores = DocScores.of(snapshot.searcher, query, docs);
                double whole = 0;
                double best = 0;
                for (int i = 0; i < docs.length; i++) {
                    if (docs[i] == article) {
                        whole = scores[i];
                    } else {
                        best = Math.max(best, scores[i]);
                    }
                }
                shares.put(id, new Shares(whole / total, best / total));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shares;
    }

    /** Rarity of a word group among whole articles, from its most frequent field (absent words are rarest). */
    static double idf(IndexSnapshot snapshot, String suffix, Set<String> group) {
        long df = 0;
        for (String term : group) {
            if (!term.contains(SynonymExpander.PHRASE_SEPARATOR)) { // a phrase is never more common than its words
                df = Math.max(df, snapshot.docFreqs.of(suffix, term));
            }
        }
        long n = Math.max(1, snapshot.articleCount);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
}
