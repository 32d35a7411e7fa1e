package dev.deskhand.kb.rank;

import dev.deskhand.kb.index.Fields;
import dev.deskhand.kb.index.IndexSnapshot;
import dev.deskhand.kb.index.KbAnalyzers;
import dev.deskhand.kb.index.TermGroups;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much of the best passage the question covers ({@link ConfidenceModel}'s passage precision). Only best
 * passages are kept, each as its words with their rarity weights in the index: analysing a passage (Nori on a
 * Korean one) and weighing its words cost more than the comparison, and the same few passages are best again and
 * again.
 */
final class PassageWords {

    private record Key(int doc, String suffix) {
    }

    /** A passage's words (one per analysed position), their weights, and the weights' sum in that order. */
    private record Words(String[] words, double[] weights, double total) {
    }

    private final KbAnalyzers analyzers;
    private final PerIndex<Key, Words> best = new PerIndex<>(4_096);

    PassageWords(KbAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * The share of the passage's words (weighted by rarity) that the query contains: a question that is a
     * rephrasing of one line of the article scores high, a query that merely shares a word with it scores low.
     */
    double precision(IndexSnapshot snapshot, int passageDoc, QueryAnalysis analysis) {
        Words words = best.get(snapshot, new Key(passageDoc, analysis.suffix()), key -> read(snapshot, key));
        Set<String> queryWords = new HashSet<>();
        analysis.groups().forEach(queryWords::addAll);
        double shared = 0;
        for (int i = 0; i < words.words().length; i++) {
            shared += queryWords.contains(words.words()[i]) ? words.weights()[i] : 0;
        }
        return words.total() == 0 ? 0 : shared / words.total();
    }

    private Words read(IndexSnapshot snapshot, Key key) {
        try {
            String text = snapshot.reader.storedFields().document(key.doc()).get(Fields.PASSAGE_TEXT);
            String field = Fields.BODY + key.suffix();
            List<Set<String>> groups = TermGroups.of(analyzers.indexAnalyzer(field), field, text);
            String[] words = new String[groups.size()];
            double[] weights = new double[groups.size()];
            double total = 0;
            for (int i = 0; i < groups.size(); i++) {
                words[i] = groups.get(i).iterator().next();
                weights[i] = Coverage.idf(snapshot, key.suffix(), groups.get(i));
                total += weights[i];
            }
            return new Words(words, weights, total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
