package dev.deskhand.kb.tools;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.index.ArticleLoader;
import dev.deskhand.kb.index.ParsedFile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a title-only Korean knowledge base made from the starter articles' own Korean lines (each Korean title and
 * alias becomes an article with no body, named {@code <article>-x<k>}) and the fit side of the Korean tuning set as
 * its queries, each expecting every line of its articles. It looks like ParaKQC (short question-like titles, asked
 * in other words) but is built from our own tuning data only, so Korean ranking changes can be chosen on it:
 * {@code eval --docs OUT/docs.jsonl --queries OUT/queries.jsonl}. Arguments: the output folder.
 */
public final class KoreanLinesProbeMain {

    private KoreanLinesProbeMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String>> linesOf = new LinkedHashMap<>();
        List<String> docs = new ArrayList<>();
        for (ParsedFile file : new ArticleLoader().load(Path.of("knowledge"))) {
            if (file.article().isEmpty()) {
                continue;
            }
            Article a = file.article().get();
            List<String> lines = new ArrayList<>();
            lines.add(a.title());
            lines.addAll(a.aliases());
            for (String line : lines) {
                if (!line.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)) {
                    continue;
                }
                List<String> own = linesOf.computeIfAbsent(a.id(), k -> new ArrayList<>());
                String id = a.id() + "-x" + own.size();
                own.add(id);
                ObjectNode doc = json.createObjectNode().put("id", id).put("title", line).put("body", "");
                docs.add(json.writeValueAsString(doc));
            }
        }
        List<String> queries = new ArrayList<>();
        for (EvalQuery q : new EvalData().queries(Path.of("src/test/resources/tuning/ko.jsonl"))) {
            List<String> expected = q.expected().stream()
                    .flatMap(id -> linesOf.getOrDefault(id, List.of()).stream()).toList();
            if (TuningSplit.of(q.text()) != TuningSplit.FIT || expected.isEmpty()) {
                continue;
            }
            ObjectNode query = json.createObjectNode().put("id", q.id()).put("query", q.text());
            expected.forEach(query.putArray("expected")::add);
            queries.add(json.writeValueAsString(query));
        }
        Files.write(out.resolve("docs.jsonl"), docs, StandardCharsets.UTF_8);
        Files.write(out.resolve("queries.jsonl"), queries, StandardCharsets.UTF_8);
        System.out.println(docs.size() + " lines, " + queries.size() + " queries");
    }
}
