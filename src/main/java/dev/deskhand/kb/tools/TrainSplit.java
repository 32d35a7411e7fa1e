package dev.deskhand.kb.tools;

import dev.deskhand.kb.Article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An intent bot's train split ({@code sentence,label} CSV, as HINT3 ships it) asked leave-fold-out against the
 * knowledge base built from those same sentences: each fold's sentences are taken out of every article's body
 * before its queries are asked, so no query finds itself. Train data may be fitted on; the bot's test queries are
 * for reporting only.
 */
final class TrainSplit {

    /** One train sentence, the article of its label and its fold. */
    record Example(String text, String articleId, int fold) {
    }

    private TrainSplit() {
    }

    /** The distinct train sentences whose label names an article (by id suffix {@code -LABEL}), each in a fold. */
    static List<Example> read(Path csv, List<Article> docs, int folds) throws IOException {
        Map<String, String> byLabel = new LinkedHashMap<>();
        for (Article a : docs) {
            byLabel.put(a.id().substring(a.id().lastIndexOf('-') + 1), a.id());
        }
        Map<String, Example> seen = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            List<String> cells = cells(line);
            if (cells.size() < 2 || cells.get(0).isBlank()) {
                continue;
            }
            String text = cells.get(0).strip();
            Optional<String> id = Optional.ofNullable(byLabel.get(cells.get(1).strip()));
            // A sentence written twice is one query: asking its copy would find it in the index.
            id.ifPresent(article -> seen.putIfAbsent(key(text), new Example(text, article,
                    TuningSplit.bucket(key(text)) % folds)));
        }
        return List.copyOf(seen.values());
    }

    /** The articles with every body line that is one of {@code fold}'s sentences removed. */
    static List<Article> without(List<Article> docs, List<Example> examples, int fold) {
        java.util.Set<String> out = new java.util.HashSet<>();
        examples.stream().filter(e -> e.fold() == fold).forEach(e -> out.add(key(e.text())));
        List<Article> kept = new ArrayList<>();
        for (Article a : docs) {
            String body = String.join("\n", a.body().lines().filter(l -> !out.contains(key(l))).toList());
            kept.add(new Article(a.id(), a.title(), a.type(), a.tags(), a.aliases(), a.lang(), a.owner(),
                    a.updated(), a.reviewBy(), a.url(), a.source(), body));
        }
        return kept;
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The cells of one CSV line: commas separate, double quotes enclose, a doubled quote is a quote. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
