package dev.deskhand.kb.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerCacheTest {

    @TempDir
    Path dir;

    @Test
    void aQuestionAskedAgainIsAnsweredFromTheCacheWhateverItsSpacing() throws IOException {
        try (LuceneKnowledgeBase kb = KbFixture.started(KbFixture.copyTo(dir))) {
            SearchResult first = kb.search(SearchRequest.of("shipping delays", 3));

            assertSame(first, kb.search(SearchRequest.of("  shipping \t delays ", 3)));
            // another page, or another spelling, is another question
            assertNotSame(first, kb.search(new SearchRequest("shipping delays", 3, 1)));
            SearchResult capitalised = kb.search(SearchRequest.of("Shipping delays", 3));
            assertNotSame(first, capitalised);
            assertEquals(first, capitalised);
        }
    }

    @Test
    void anEditedArticleIsNeverAnsweredFromBeforeTheEdit() throws IOException {
        Path folder = KbFixture.copyTo(dir);
        try (LuceneKnowledgeBase kb = KbFixture.started(folder)) {
            assertEquals(0, kb.search(SearchRequest.of("drone", 3)).hits().stream()
                    .filter(h -> h.article().body().contains("drone")).count());
            Path file = folder.resolve("shipping-delays.md");
            Files.writeString(file, Files.readString(file).replace("Orders ship within 2 business days.",
                    "Orders ship by drone within 2 business days."));

            kb.reload();

            var top = kb.search(SearchRequest.of("drone", 3)).hits().get(0).article();
            assertEquals("shipping-delays", top.id());
            assertEquals(true, top.body().contains("by drone"));
        }
    }
}
