package dev.deskhand.kb.tools;

import dev.deskhand.kb.engine.KbFixture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path dir;

    @Test
    void metricsOverATinyHandMadeSet() throws IOException {
        Path docs = dir.resolve("docs.jsonl");
        Path queries = dir.resolve("queries.jsonl");
        Files.writeString(docs, """
                {"id": "d1", "title": "Reset your password", "body": "Use the forgot password link."}
                {"id": "d2", "title": "Refund policy", "body": "Refunds within 30 days."}
                {"id": "d3", "title": "Shipping times", "body": "Parcels ship in two days."}
                """);
        // q1 finds d1 first; q2 expects d3 but the words point at d2 (d3 second at best); q3 has no answer.
        Files.writeString(queries, """
                {"id": "q1", "query": "forgot my password", "expected": ["d1"]}
                {"id": "q2", "query": "refund for a parcel", "expected": ["d3"]}
                {"id": "q3", "query": "zebra crossing", "expected": []}
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new KbCli(KbFixture.CLOCK, dev.deskhand.testing.Encoders.miniLm()).run(List.of("eval", "--docs", docs.toString(), "--queries",
                queries.toString()), dir, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        assertEquals(List.of("recall@1=0.500 recall@3=1.000 mrr=0.750 n=2",
                "answered_wrong_first=0.500 two_options=0.000 two_options_missing=0.000",
                "declined_out_of_scope=1.000 wrongly_declined_in_scope=0.000"),
                out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void trainSentencesAreAskedWithoutThemselvesInTheIndex() throws IOException {
        Path docs = dir.resolve("docs.jsonl");
        Path train = dir.resolve("bot_train.csv");
        // Each intent's body is its train sentences; asked, a sentence must find its intent by its other lines.
        Files.writeString(docs, """
                {"id": "bot-RESET", "title": "reset password", "body": "forgot my password\\nreset my password\\npassword reset link"}
                {"id": "bot-REFUND", "title": "refund", "body": "refund my order\\nI want a refund\\nmoney back for my order"}
                """);
        Files.writeString(train, "sentence,label,\nforgot my password,RESET,\nreset my password,RESET,\n"
                + "password reset link,RESET,\nrefund my order,REFUND,\nI want a refund,REFUND,\n"
                + "money back for my order,REFUND,\n");
        Path features = dir.resolve("features.tsv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new KbCli(KbFixture.CLOCK, dev.deskhand.testing.Encoders.miniLm()).run(List.of("eval", "--docs",
                docs.toString(), "--train", train.toString(), "--folds", "3", "--features", features.toString()), dir,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("recall@1=1.000 recall@3=1.000 mrr=1.000 n=6", lines.get(0));
        assertEquals(true, lines.get(2).endsWith(" n=6 folds=3"), lines.get(2));
        // One row per sentence asked with its intent (1) and with it left out (0).
        List<String> rows = Files.readAllLines(features);
        assertEquals(12, rows.size());
        assertEquals(6, rows.stream().filter(r -> r.startsWith("1\t")).count());
    }

    @Test
    void metricArithmeticCountsOnlyTheTopTenAndScoresOnlyInScopeQueries() {
        List<EvalQuery> queries = List.of(new EvalQuery("a", "x", List.of("1"), ""),
                new EvalQuery("b", "x", List.of("2"), ""), new EvalQuery("c", "x", List.of("3"), ""),
                new EvalQuery("d", "x", List.of(), ""));
        List<EvalOutcome> outcomes = List.of(new EvalOutcome(List.of("1", "2"), true),
                new EvalOutcome(List.of("9", "8", "2"), false),
                new EvalOutcome(List.of("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "3"), true),
                new EvalOutcome(List.of("1"), true));
        EvalMetrics m = EvalMetrics.compute(queries, outcomes);
        assertEquals(1.0 / 3, m.recallAt1(), 1e-9);
        assertEquals(2.0 / 3, m.recallAt3(), 1e-9);
        assertEquals((1 + 1.0 / 3) / 3, m.mrr(), 1e-9);
        assertEquals(3, m.n());
        assertEquals(0.0, m.declinedOutOfScope(), 1e-9);
        assertEquals(1.0 / 3, m.wronglyDeclinedInScope(), 1e-9);
    }
}
