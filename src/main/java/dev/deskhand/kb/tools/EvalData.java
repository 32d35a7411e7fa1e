package dev.deskhand.kb.tools;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.ArticleType;
import dev.deskhand.kb.index.LanguageDetector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the evaluation JSONL files; documents become ordinary FAQ articles with the language detected. */
final class EvalData {

    private final ObjectMapper json = new ObjectMapper();

    List<Article> documents(Path file) throws IOException {
        List<Article> articles = new ArrayList<>();
        for (JsonNode doc : lines(file)) {
            String id = required(doc, "id", file);
            String title = doc.path("title").asText("");
            String body = doc.path("body").asText("");
            articles.add(new Article(id, title.isBlank() ? id : title, ArticleType.FAQ, List.of(), List.of(),
                    LanguageDetector.detect(title + "\n" + body), "", null, null, Optional.empty(),
                    Path.of(id + ".md"), body));
        }
        return articles;
    }

    List<EvalQuery> queries(Path file) throws IOException {
        List<EvalQuery> queries = new ArrayList<>();
        for (JsonNode q : lines(file)) {
            List<String> expected = new ArrayList<>();
            q.path("expected").forEach(e -> expected.add(e.asText()));
            queries.add(new EvalQuery(required(q, "id", file), required(q, "query", file), List.copyOf(expected),
                    q.path("set").asText("")));
        }
        return queries;
    }

    private List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    nodes.add(json.readTree(line));
                } catch (IOException e) {
                    throw new IOException(file + ":" + number + ": not a JSON object", e);
                }
            }
        }
        return nodes;
    }

    private static String required(JsonNode node, String field, Path file) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || value.asText().isEmpty()) {
            throw new IOException(file + ": a line has no '" + field + "'");
        }
        return value.asText();
    }
}
