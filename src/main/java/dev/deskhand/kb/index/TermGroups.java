package dev.deskhand.kb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Analyses query text into groups of terms: one group per position, holding the word and its single-word
 * synonyms. Groups are what the ranking and the coverage measure count, so "refund" and its synonym "chargeback"
 * count once.
 */
public final class TermGroups {

    /** More groups than this add nothing but cost to a query. */
    static final int MAX_GROUPS = 40;

    private TermGroups() {
    }

    public static List<Set<String>> of(Analyzer analyzer, String field, String text) {
        return of(analyzer, field, text, Map.of());
    }

    /**
     * @param synonyms synonym words by the start offset of the words they stand for (see {@link SynonymExpander});
     *                 each joins the group that starts there, so a word and its synonyms count once
     */
    public static List<Set<String>> of(Analyzer analyzer, String field, String text, Map<Integer, Set<String>> synonyms) {
        List<Set<String>> groups = new ArrayList<>();
        if (text.isBlank()) {
            return groups;
        }
        Map<Integer, Set<String>> pending = new HashMap<>(synonyms);
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
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
                Set<String> alternatives = pending.remove(offset.startOffset());
                if (alternatives != null) {
                    current.addAll(alternatives);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A rule whose first word this chain drops (a stop word) still counts, as a group of its own.
        pending.values().forEach(rest -> {
            if (groups.size() < MAX_GROUPS) {
                groups.add(new LinkedHashSet<>(rest));
            }
        });
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
