package dev.deskhand.kb.tools;

import dev.deskhand.kb.engine.KbFixture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new KbCli(KbFixture.CLOCK, dev.deskhand.testing.Encoders.miniLm()).run(List.of(args), KbFixture.folder(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonQueryPrintsOneObjectWithTheTopHitAndItsSection() {
        assertEquals(0, run("kb", "--json", "type:playbook", "refund the second settled payment"));
        String json = out().strip();
        assertTrue(json.startsWith("{\"query\":\"type:playbook refund the second settled payment\",\"answered\":true,"),
                json);
        assertTrue(json.contains("\"did_you_mean\":null,\"hits\":[{\"id\":\"double-charge\","
                + "\"title\":\"Customer was charged twice\",\"type\":\"playbook\",\"lang\":\"en\","
                + "\"section\":\"Refund the duplicate\",\"score\":"), json);
    }

    @Test
    void readableQueryShowsRankTitleAndSuggestion() {
        assertEquals(0, run("kb", "pasword reset"));
        String text = out();
        assertTrue(text.contains("Did you mean: password reset?"), text);
        assertTrue(text.contains("1. How to reset a password  (password-reset, faq, en)"), text);
    }

    @Test
    void lintExitsOneOnErrorsAndPrintsPathSeverityMessage() {
        assertEquals(1, run("kb", "lint"));
        assertTrue(out().contains("broken.md: error: invalid front matter"), out());
    }

    @Test
    void lintOfACleanFolderExitsZero() throws IOException {
        Files.writeString(dir.resolve("a.md"), "---\nid: a\ntitle: A\n---\nSee [b](kb:b).\n");
        Files.writeString(dir.resolve("b.md"), "---\nid: b\ntitle: B\nreview_by: 2020-01-01\n---\nOld.\n");
        assertEquals(0, run("kb", "lint", dir.toString()));
        assertTrue(out().contains("b.md: warning: review_by 2020-01-01 is past"), out());
    }

    @Test
    void indexPrintsCountsAndSkippedFiles() {
        assertEquals(0, run("index"));
        assertTrue(out().startsWith("articles=6 sections=3 skipped=1 time_ms="), out());
        assertTrue(out().contains("broken.md: invalid front matter"), out());
    }

    @Test
    void usageErrorsExitTwoWithAMessage() {
        assertEquals(2, run());
        assertEquals(2, run("kb"));
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("eval", "--docs"));
        assertEquals(2, run("eval", "--docs", "nope.jsonl", "--queries", "nope.jsonl"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }
}
