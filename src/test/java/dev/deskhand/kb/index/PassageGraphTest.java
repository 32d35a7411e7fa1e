package dev.deskhand.kb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deskhand.testing.Encoders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HNSW graph stored with the passage vectors finds the same closest articles as comparing with every vector. */
class PassageGraphTest {

    @Test
    void graphTopHitsEqualTheLinearScanOnTheStarterKnowledge() throws IOException {
        KnowledgeFolder folder = new KnowledgeFolder(Path.of("knowledge"));
        CachedEncoder encoder = new CachedEncoder(Encoders.miniLm());
        KbAnalyzers analyzers = new KbAnalyzers(folder.synonyms(), RankingParameters.DEFAULT.stemmer(),
                RankingParameters.DEFAULT.stopWords());
        IndexSnapshot index = new IndexBuilder(analyzers, RankingParameters.DEFAULT, encoder)
                .build(folder.read().articles(), List.of(), System.nanoTime());
        try {
            assertTrue(index.vectors.size() > 400, "starter passages encoded: " + index.vectors.size());
            ObjectMapper json = new ObjectMapper();
            List<String> queries = Files.readAllLines(Path.of("src/test/resources/tuning/en.jsonl")).stream()
                    .limit(40).map(line -> readQuery(json, line)).toList();
            for (String query : queries) {
                float[] q = encoder.encodeQuery(query);
                PassageVectors.Scan linear = index.vectors.linear(q);
                PassageVectors.Scan graph = index.vectors.graph(q);
                List<String> expected = linear.top(5, id -> false);
                assertEquals(expected, graph.top(5, id -> false), query);
                for (String id : expected) {
                    assertEquals(linear.of(id), graph.of(id), query + " / " + id);
                }
            }
        } finally {
            index.release();
        }
    }

    private static String readQuery(ObjectMapper json, String line) {
        try {
            return json.readTree(line).get("query").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
