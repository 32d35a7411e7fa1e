package dev.deskhand.kb.rank;

import dev.deskhand.kb.SnippetPart;

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

    static List<SnippetPart> build(Analyzer analyzer, String field, String text, List<Set<String>> groups) {
        String source = text.length() > MAX_ANALYSED ? text.substring(0, MAX_ANALYSED) : text;
        source = WHITESPACE.matcher(source).replaceAll(" ").strip();
        Set<String> wanted = new HashSet<>();
        groups.forEach(wanted::addAll);
        List<int[]> matches = matches(analyzer, field, source, wanted);
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

    private static List<int[]> matches(Analyzer analyzer, String field, String text, Set<String> wanted) {
        List<int[]> matches = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int lastEnd = -1;
            while (ts.incrementToken()) {
                if (wanted.contains(term.toString()) && offset.startOffset() >= lastEnd) {
                    matches.add(new int[] {offset.startOffset(), offset.endOffset()});
                    lastEnd = offset.endOffset();
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matches;
    }
}
