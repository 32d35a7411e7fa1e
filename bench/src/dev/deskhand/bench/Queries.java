package dev.deskhand.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deskhand.kb.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The query texts the benchmarks send: a fixed, seeded sample of every evaluation set (English support questions,
 * real chatbot messages, banking questions and Korean paraphrases), interleaved so that any prefix has the same mix.
 * Only the texts are used; relevance is measured elsewhere ({@code eval}).
 */
final class Queries {

    private static final String[] FILES = {
            "stackfaq/derived/queries.jsonl",
            "hint3/derived/sofmattress/queries.jsonl|hint3/derived/curekart/queries.jsonl|hint3/derived/powerplay11/queries.jsonl",
            "banking77/derived/queries.jsonl",
            "parakqc/derived/queries.jsonl"};

    /** The sets in the order {@link #fromEvalData} interleaves them: query {@code i} is from set {@code i % 4}. */
    static final java.util.List<String> SET_NAMES = java.util.List.of("StackFAQ", "HINT3", "Banking77", "ParaKQC (ko)");

    private Queries() {
    }

    /** {@code perSet} texts from each evaluation set, or null when the folder is missing. */
    static List<String> fromEvalData(Path evalData, int perSet, long seed) {
        if (!Files.isDirectory(evalData)) {
            return null;
        }
        ObjectMapper json = new ObjectMapper();
        List<List<String>> sets = new ArrayList<>();
        for (String group : FILES) {
            List<String> texts = new ArrayList<>();
            for (String file : group.split("\\|")) {
                texts.addAll(read(json, evalData.resolve(file)));
            }
            Collections.shuffle(texts, new Random(seed));
            sets.add(texts.subList(0, Math.min(perSet, texts.size())));
        }
        return interleave(sets);
    }

    /** Without the evaluation data: every title and alias of the given articles, seeded order. */
    static List<String> fromArticles(List<Article> articles, long seed) {
        List<String> texts = new ArrayList<>();
        for (Article a : articles) {
            texts.add(a.title());
            texts.addAll(a.aliases());
        }
        Collections.shuffle(texts, new Random(seed));
        return texts;
    }

    private static List<String> read(ObjectMapper json, Path file) {
        try {
            List<String> texts = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    texts.add(node.path("query").asText());
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> interleave(List<List<String>> sets) {
        List<String> out = new ArrayList<>();
        int longest = sets.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<String> set : sets) {
                if (i < set.size()) {
                    out.add(set.get(i));
                }
            }
        }
        return out;
    }
}
