package dev.deskhand.kb.tools;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.index.KnowledgeFolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;


/** The hand-written tuning set for the starter knowledge base: its size, its labels and its fit/holdout split. */
class TuningSetTest {

    static final Path DIR = Path.of("src", "test", "resources", "tuning");

    static List<EvalQuery> read(String language) throws IOException {
        return new EvalData().queries(DIR.resolve(language + ".jsonl"));
    }

    @ParameterizedTest
    @CsvSource({"en, 300, 150", "ko, 200, 150"})
    void hasEnoughAnswerableAndOutOfScopeMessages(String language, int answerable, int outOfScope)
            throws IOException {
        List<EvalQuery> queries = read(language);
        assertTrue(queries.stream().filter(EvalQuery::inScope).count() >= answerable);
        assertTrue(queries.stream().filter(q -> !q.inScope()).count() >= outOfScope);
        assertTrue(queries.stream().allMatch(q -> language.equals(q.set())));
        assertEquals(queries.size(), queries.stream().map(EvalQuery::text).distinct().count(), "duplicate text");
        assertEquals(queries.size(), queries.stream().map(EvalQuery::id).distinct().count(), "duplicate id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void everyLabelIsAStarterArticle(String language) throws IOException {
        Set<String> ids = new KnowledgeFolder(Path.of("knowledge")).read().articles().stream().map(Article::id)
                .collect(Collectors.toSet());
        for (EvalQuery q : read(language)) {
            assertTrue(ids.containsAll(q.expected()), q.id() + " " + q.expected());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void splitIsAboutSixtyFortyOnEachSide(String language) throws IOException {
        List<EvalQuery> queries = read(language);
        for (boolean inScope : List.of(true, false)) {
            List<EvalQuery> side = queries.stream().filter(q -> q.inScope() == inScope).toList();
            double fit = side.stream().filter(q -> TuningSplit.of(q.text()) == TuningSplit.FIT).count()
                    / (double) side.size();
            assertTrue(fit > 0.5 && fit < 0.7, language + " in scope " + inScope + ": fit share " + fit);
        }
    }

    @Test
    void splitDependsOnTheTextAlone() {
        // The first four bytes of SHA-256, as an unsigned number, modulo 100: 60 and 70 are holdout, 58 fit.
        assertEquals(TuningSplit.HOLDOUT, TuningSplit.of("refund policy"));
        assertEquals(TuningSplit.HOLDOUT, TuningSplit.of("whats for lunch today"));
        assertEquals(TuningSplit.FIT, TuningSplit.of("점심 뭐 먹어요"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void lookAlikePairsAreTwoMessagesForTwoDifferentArticles(String language) throws IOException {
        Map<String, List<JsonNode>> pairs = lookAlikePairs(language);
        assertTrue(pairs.size() >= 3, "pairs: " + pairs.keySet());
        for (Map.Entry<String, List<JsonNode>> e : pairs.entrySet()) {
            assertEquals(2, e.getValue().size(), e.getKey());
            Set<String> firsts = new HashSet<>();
            e.getValue().forEach(n -> firsts.add(n.path("expected").path(0).asText()));
            assertEquals(2, firsts.size(), e.getKey());
        }
    }

    /** Lines with a {@code pair} name, grouped by it. */
    static Map<String, List<JsonNode>> lookAlikePairs(String language) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> pairs = new HashMap<>();
        for (String line : Files.readAllLines(DIR.resolve(language + ".jsonl"))) {
            JsonNode n = json.readTree(line);
            if (n.hasNonNull("pair")) {
                pairs.computeIfAbsent(n.get("pair").asText(), k -> new ArrayList<>()).add(n);
            }
        }
        return pairs;
    }
}
