package dev.deskhand.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Analyses query text into groups of terms: one group per position, holding the word and its single-word
 * synonyms. Groups are what the ranking and the coverage measure count, so "refund" and its synonym "chargeback"
 * count once.
 */
final class TermGroups {

    /** More groups than this add nothing but cost to a query. */
    static final int MAX_GROUPS = 40;

    private TermGroups() {
    }

    static List<Set<String>> of(Analyzer analyzer, String field, String text) {
        List<Set<String>> groups = new ArrayList<>();
        if (text.isBlank()) {
            return groups;
        }
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            Set<String> current = null;
            while (ts.incrementToken()) {
                if (current == null || increment.getPositionIncrement() > 0) {
                    if (groups.size() == MAX_GROUPS) {
                        break;
                    }
                    current = new LinkedHashSet<>();
                    groups.add(current);
                }
                current.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A word typed twice should not weigh twice.
        List<Set<String>> distinct = new ArrayList<>();
        for (Set<String> g : groups) {
            if (!distinct.contains(g)) {
                distinct.add(g);
            }
        }
        return distinct;
    }
}
