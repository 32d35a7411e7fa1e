package dev.deskhand.kb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Finds the synonyms of a query's words: the longest rule matching at each word, on a chain without stacked
 * tokens (Lucene's synonym filter cannot read a graph such as Nori's compound-plus-parts output). Each synonym is
 * returned in index form, keyed by the character offset where the matched words start, so it can join the group
 * of the query word at that offset. A several-word synonym is one entry, its words joined by a space
 * ({@link #PHRASE_SEPARATOR}), searched as a phrase.
 */
public final class SynonymExpander {

    public static final String PHRASE_SEPARATOR = " ";

    static final SynonymExpander NONE = new SynonymExpander(null, Map.of(), 0, null);

    private final Analyzer matching;
    private final Map<String, Set<String>> rules;
    private final int longestRule;
    /** How to read the rules at the first use; null once read or when read at construction. */
    private final Supplier<SynonymExpander> reading;
    private volatile SynonymExpander read;

    private SynonymExpander(Analyzer matching, Map<String, Set<String>> rules, int longestRule,
                            Supplier<SynonymExpander> reading) {
        this.matching = matching;
        this.rules = rules;
        this.longestRule = longestRule;
        this.reading = reading;
    }

    /**
     * Rules read at the first {@link #expansions} or {@link #prepare} instead of now: reading Korean rules loads
     * Nori's dictionaries (a few tenths of a second), which a restart need not wait for before it is ready.
     */
    static SynonymExpander deferred(Supplier<SynonymExpander> reading) {
        return new SynonymExpander(null, Map.of(), 0, reading);
    }

    /** Reads deferred rules now (in the background after start-up, so the first question finds them read). */
    public void prepare() {
        resolved();
    }

    private SynonymExpander resolved() {
        SynonymExpander r = read;
        if (r == null) {
            synchronized (this) {
                r = read;
                if (r == null) {
                    r = reading.get();
                    read = r;
                }
            }
        }
        return r;
    }

    /**
     * @param parsed   rules read with {@code matching}
     * @param matching the chain query words are matched with (the same one the rules were read with)
     * @param index    the chain of the searched fields; synonyms are stored in its form
     */
    static SynonymExpander of(SynonymRules.Parsed parsed, Analyzer matching, Analyzer index) {
        Map<String, Set<String>> rules = new HashMap<>();
        int longest = 0;
        for (Map.Entry<String, Set<String>> rule : parsed.rules().entrySet()) {
            Set<String> forms = new LinkedHashSet<>();
            for (String output : rule.getValue()) {
                String form = String.join(PHRASE_SEPARATOR, SynonymRules.words(output, index)).strip();
                if (!form.isEmpty()) {
                    forms.add(form);
                }
            }
            if (!forms.isEmpty()) {
                rules.put(rule.getKey(), Set.copyOf(forms));
                longest = Math.max(longest, rule.getKey().split(" ").length);
            }
        }
        return rules.isEmpty() ? NONE : new SynonymExpander(matching, Map.copyOf(rules), longest, null);
    }

    /** Synonyms (index form) by the start offset of the query words they stand for; empty when none matched. */
    public Map<Integer, Set<String>> expansions(String text) {
        if (reading != null) {
            return resolved().expansions(text);
        }
        if (rules.isEmpty() || text.isBlank()) {
            return Map.of();
        }
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        try (TokenStream ts = matching.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken() && words.size() < TermGroups.MAX_GROUPS * 2) {
                words.add(term.toString());
                starts.add(offset.startOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, Set<String>> found = new HashMap<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = Math.min(longestRule, words.size() - i); n > 0 && matched == 0; n--) {
                Set<String> synonyms = rules.get(String.join(" ", words.subList(i, i + n)));
                if (synonyms != null) {
                    found.computeIfAbsent(starts.get(i), k -> new LinkedHashSet<>()).addAll(synonyms);
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
        return found;
    }
}
