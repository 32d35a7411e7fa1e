package dev.deskhand.kb.rank;

import dev.deskhand.kb.SnippetPart;
import dev.deskhand.kb.index.BoundedCache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Cuts the window of text that holds the most distinct query words and marks the matching words. */
final class SnippetBuilder {

    static final int WINDOW = 240;
    private static final int LEAD = 60;
    private static final int MAX_ANALYSED = 4_000;

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private SnippetBuilder() {
    }

    /** The text a snippet is cut from, in one field's analysis. */
    record Key(String field, String text) {
    }

    /** Every word of a text as the field's analyzer produces it, with its offsets: the same for every question. */
    record Tokens(String source, String[] terms, int[] starts, int[] ends) {
    }

    static List<SnippetPart> build(Analyzer analyzer, String field, String text, List<Set<String>> groups) {
        return build(analyzer, field, text, groups, new BoundedCache<>(1));
    }

    /** @param cache the analysed texts of earlier snippets, so a passage shown again is not analysed again */
    static List<SnippetPart> build(Analyzer analyzer, String field, String text, List<Set<String>> groups,
                                   BoundedCache<Key, Tokens> cache) {
        Tokens tokens = cache.get(new Key(field, text), key -> tokens(analyzer, field, key.text()));
        String source = tokens.source();
        Set<String> wanted = new HashSet<>();
        groups.forEach(wanted::addAll);
        List<int[]> matches = matches(tokens, wanted);
        int first = densestStart(source, matches);
        int start = matches.isEmpty() ? 0 : Math.max(0, first - LEAD);
        if (start > 0) {
            int space = source.indexOf(' ', start);
            start = space < 0 || space >= first ? start : space + 1;
        }
        int end = Math.min(source.length(), start + WINDOW);
        if (end < source.length()) {
            int space = source.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        List<SnippetPart> parts = new ArrayList<>();
        int at = start;
        String prefix = start > 0 ? "…" : "";
        for (int[] m : matches) {
            if (m[0] < at || m[1] > end) {
                continue;
            }
            if (m[0] > at || !prefix.isEmpty()) {
                parts.add(new SnippetPart(prefix + source.substring(at, m[0]), false));
                prefix = "";
            }
            parts.add(new SnippetPart(source.substring(m[0], m[1]), true));
            at = m[1];
        }
        String tail = source.substring(at, end) + (end < source.length() ? "…" : "");
        if (!(prefix + tail).isEmpty()) {
            parts.add(new SnippetPart(prefix + tail, false));
        }
        return parts;
    }

    /** Start offset of the match that begins the window holding the most distinct matched words. */
    private static int densestStart(String source, List<int[]> matches) {
        int bestStart = matches.isEmpty() ? 0 : matches.get(0)[0];
        int bestCount = 0;
        for (int i = 0; i < matches.size() && i < 200; i++) {
            Set<String> distinct = new HashSet<>();
            for (int j = i; j < matches.size() && matches.get(j)[1] - matches.get(i)[0] <= WINDOW - LEAD; j++) {
                distinct.add(source.substring(matches.get(j)[0], matches.get(j)[1]).toLowerCase(java.util.Locale.ROOT));
            }
            if (distinct.size() > bestCount) {
                bestCount = distinct.size();
                bestStart = matches.get(i)[0];
            }
        }
        return bestStart;
    }

    private static List<int[]> matches(Tokens tokens, Set<String> wanted) {
        List<int[]> matches = new ArrayList<>();
        int lastEnd = -1;
        for (int i = 0; i < tokens.terms().length; i++) {
            if (wanted.contains(tokens.terms()[i]) && tokens.starts()[i] >= lastEnd) {
                matches.add(new int[] {tokens.starts()[i], tokens.ends()[i]});
                lastEnd = tokens.ends()[i];
            }
        }
        return matches;
    }

    private static Tokens tokens(Analyzer analyzer, String field, String text) {
        String source = text.length() > MAX_ANALYSED ? text.substring(0, MAX_ANALYSED) : text;
        source = WHITESPACE.matcher(source).replaceAll(" ").strip();
        List<String> terms = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, source)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
                offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] starts = new int[offsets.size()];
        int[] ends = new int[offsets.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = offsets.get(i)[0];
            ends[i] = offsets.get(i)[1];
        }
        return new Tokens(source, terms.toArray(String[]::new), starts, ends);
    }
}
