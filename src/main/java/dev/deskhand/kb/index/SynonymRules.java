package dev.deskhand.kb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Reads {@code synonyms.txt} (Solr format: {@code a, b, c} for interchangeable terms, {@code a, b => c} for a
 * one-way rule, {@code #} comments) for one language's matching chain.
 *
 * <p>Lines mix English and Korean and a term may analyse differently per language: Nori splits "청구서" into a
 * compound and its parts, and drops particles. Lucene's Solr parser rejects a whole line for that; here a term
 * keeps the first token of each position, a term that analyses to nothing in this language is left out of this
 * language's rules, and only a malformed line is rejected.
 */
final class SynonymRules {

    /**
     * @param rules    the matching chain's words of a term (joined by a space) → the raw texts it may stand for
     * @param rejected lines that could not be read, as "line N: text (reason)"
     */
    record Parsed(Map<String, Set<String>> rules, List<String> rejected) {
    }

    private SynonymRules() {
    }

    static Parsed parse(String text, Analyzer matching) {
        Map<String, Set<String>> rules = new LinkedHashMap<>();
        List<String> rejected = new ArrayList<>();
        String[] lines = text.split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split("=>", -1);
            List<String> inputs = terms(sides[0]);
            List<String> outputs = sides.length == 2 ? terms(sides[1]) : inputs;
            if (sides.length > 2 || inputs.isEmpty() || outputs.isEmpty() || (sides.length == 1 && inputs.size() < 2)) {
                rejected.add("line " + (i + 1) + ": " + line + " (expected 'a, b, …' or 'a, … => b, …')");
                continue;
            }
            for (String input : inputs) {
                String key = String.join(" ", words(input, matching));
                if (key.isEmpty()) {
                    continue; // nothing of this term exists in this language's analysis
                }
                for (String output : outputs) {
                    if (!output.equals(input)) {
                        rules.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(output);
                    }
                }
            }
        }
        return new Parsed(rules, rejected);
    }

    private static List<String> terms(String side) {
        List<String> terms = new ArrayList<>();
        for (String raw : side.split(",")) {
            String term = raw.strip();
            if (!term.isEmpty() && !terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    /**
     * The words of {@code text} in the chain, one per position (stacked alternatives such as Nori's compound parts
     * are skipped); a removed word leaves an empty string so phrases keep their gaps.
     */
    static List<String> words(String text, Analyzer chain) {
        List<String> words = new ArrayList<>();
        try (TokenStream ts = chain.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int step = increment.getPositionIncrement();
                if (step == 0 || term.length() == 0) {
                    continue;
                }
                for (int gap = 1; gap < step && !words.isEmpty(); gap++) {
                    words.add("");
                }
                words.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
