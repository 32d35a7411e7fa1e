package dev.deskhand.kb.engine;

import dev.deskhand.kb.IndexReport;
import dev.deskhand.kb.SearchRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotReloadTest {

    @TempDir
    Path dir;

    private static final String NEW_ARTICLE = """
            ---
            id: gift-cards
            title: Gift cards
            type: faq
            ---
            Gift cards never expire and can be topped up in the app.
            """;

    @Test
    void editedFileIsPickedUpByTheWatcher() throws IOException {
        Path folder = KbFixture.copyTo(dir);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(folder, KbFixture.CLOCK, executor)) {
            kb.start(executor);
            assertTrue(kb.article("gift-cards").isEmpty());
            // WHEN a new article is written into a sub-folder
            Files.writeString(folder.resolve("billing/gift-cards.md"), NEW_ARTICLE);
            // THEN the background rebuild makes it searchable
            assertTrue(eventually(() -> !kb.search(SearchRequest.of("topped up gift cards", 3)).hits().isEmpty()
                    && kb.search(SearchRequest.of("topped up gift cards", 3)).hits().get(0).article().id()
                    .equals("gift-cards")));
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void reloadOnDemandSwapsInTheEditedArticle() throws IOException {
        Path folder = KbFixture.copyTo(dir);
        try (LuceneKnowledgeBase kb = KbFixture.started(folder)) {
            Path file = folder.resolve("shipping-delays.md");
            Files.writeString(file, Files.readString(file).replace("Orders ship within 2 business days.",
                    "Orders ship by drone within 2 business days."));
            assertFalse(kb.article("shipping-delays").orElseThrow().body().contains("drone"));
            IndexReport report = kb.reload();
            assertTrue(kb.article("shipping-delays").orElseThrow().body().contains("drone"));
            assertEquals(6, report.articles());
            assertEquals("shipping-delays", kb.search(SearchRequest.of("drone", 3)).hits().get(0).article().id());
        }
    }

    @Test
    void deletedArticleDisappearsAfterReload() throws IOException {
        Path folder = KbFixture.copyTo(dir);
        try (LuceneKnowledgeBase kb = KbFixture.started(folder)) {
            Files.delete(folder.resolve("shipping-delays.md"));
            kb.reload();
            assertTrue(kb.article("shipping-delays").isEmpty());
            assertEquals(5, kb.articles().size());
        }
    }

    /** Polls with a deadline instead of sleeping a guessed amount: the rebuild runs on another thread. */
    private static boolean eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.onSpinWait();
        }
        return condition.getAsBoolean();
    }
}
