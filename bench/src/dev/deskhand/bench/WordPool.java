package dev.deskhand.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * English and Korean words with the frequencies they have in real support text (the starter knowledge base and the
 * evaluation documents), so generated articles have natural, Zipf-like term statistics and the evaluation queries
 * find plausible matches in them. Sampling is by frequency from a seeded {@link Random}.
 */
final class WordPool {

    private static final String[] EVAL_DOCS = {
            "stackfaq/derived/kb_docs.jsonl", "banking77/derived/kb_docs_title_plus_10_examples.jsonl",
            "hint3/derived/sofmattress/kb_docs.jsonl", "hint3/derived/curekart/kb_docs.jsonl",
            "hint3/derived/powerplay11/kb_docs.jsonl", "parakqc/derived/kb_docs.jsonl"};

    /** Words of one language with cumulative counts, sorted for a deterministic order. */
    static final class Distribution {
        private final String[] words;
        private final long[] cumulative;

        Distribution(Map<String, Integer> counts) {
            words = counts.keySet().toArray(String[]::new);
            cumulative = new long[words.length];
            long total = 0;
            for (int i = 0; i < words.length; i++) {
                total += counts.get(words[i]);
                cumulative[i] = total;
            }
        }

        String sample(Random random) {
            long pick = (long) (random.nextDouble() * cumulative[cumulative.length - 1]);
            int i = Arrays.binarySearch(cumulative, pick + 1);
            return words[i >= 0 ? i : -i - 1];
        }

        int size() {
            return words.length;
        }
    }

    final Distribution english;
    final Distribution korean;

    private WordPool(Map<String, Integer> english, Map<String, Integer> korean) {
        this.english = new Distribution(english);
        this.korean = new Distribution(korean);
    }

    /** Words from every Markdown file under {@code knowledge} and, when present, the evaluation documents. */
    static WordPool load(Path knowledge, Path evalData) {
        Map<String, Integer> en = new TreeMap<>();
        Map<String, Integer> ko = new TreeMap<>();
        try (Stream<Path> files = Files.walk(knowledge)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".md")).sorted()::iterator) {
                count(Files.readString(file, StandardCharsets.UTF_8), en, ko);
            }
            ObjectMapper json = new ObjectMapper();
            for (String name : EVAL_DOCS) {
                Path file = evalData.resolve(name);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        JsonNode doc = json.readTree(line);
                        count(doc.path("title").asText() + " " + doc.path("body").asText(), en, ko);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordPool(en, ko);
    }

    private static void count(String text, Map<String, Integer> en, Map<String, Integer> ko) {
        for (String raw : text.split("\\s+")) {
            String word = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (word.isEmpty() || word.length() > 20) {
                continue;
            }
            if (word.matches("[\\p{IsHangul}0-9A-Za-z]*\\p{IsHangul}[\\p{IsHangul}0-9A-Za-z]*")) {
                ko.merge(word, 1, Integer::sum);
            } else if (word.matches("[A-Za-z][A-Za-z'-]*")) {
                en.merge(word.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            }
        }
    }

    List<String> describe() {
        return List.of(english.size() + " English words", korean.size() + " Korean words");
    }
}
