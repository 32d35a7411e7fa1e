package dev.deskhand.slack.owners;

import static dev.deskhand.slack.owners.OwnerFixture.JSON;
import static dev.deskhand.slack.owners.OwnerFixture.OWNER_EN;
import static dev.deskhand.slack.owners.OwnerFixture.click;
import static dev.deskhand.slack.owners.OwnerFixture.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deskhand.kb.index.ArticleLoader;
import dev.deskhand.kb.index.ParsedFile;
import dev.deskhand.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Draft an update" from the owner DM: the form over signed HTTP, the draft file, the article and index untouched. */
class DraftUpdateOverHttpTest {

    static final String DM = "D0OWNEREN1";
    static final String ARTICLE = "two-factor-authentication";
    /** TestApp.START, 2026-11-23T00:30:00Z, as the draft's file name writes it. */
    static final String STAMP = "20261123-003000";

    @Test
    void aSubmittedDraftIsOneNewFileWithItsFrontMatterAndTheArticleAndIndexStayAsTheyWere(@TempDir Path dir)
            throws Exception {
        Path knowledge = OwnerFixture.knowledgeCopy(dir);
        Path articleFile = knowledge.resolve("faq/" + ARTICLE + ".md");
        String original = Files.readString(articleFile);
        Path longFile = knowledge.resolve("faq/long-policy.md");
        StringBuilder longBody = new StringBuilder("# Long policy\n\n");
        for (int i = 1; longBody.length() < 4500; i++) {
            longBody.append("Line ").append(i).append(" of the long policy, kept as it is by the draft form.\n");
        }
        Files.writeString(longFile, "---\nid: long-policy\ntitle: Long policy\ntype: faq\nowner: \"@trust-safety\"\n"
                + "updated: 2026-10-01\n---\n" + longBody);
        // Words only: the draft's folder wakes the index's folder watcher, and closing the app (the restart below)
        // while the sentence model encodes that rebuild crashed the JVM in native code once; not what this tests.
        try (TestApp app = OwnerFixture.start(dir, knowledge, java.util.Map.of("KB_MEANING", "off"))) {
            // WHEN the owner clicks "Draft an update" on the 2FA article
            app.slack().interaction(click(app, OWNER_EN, DM, OwnerDigestBlocks.DRAFT_ACTION, ARTICLE, "draft-1"));
            JsonNode form = app.slackApi().await("views.open", 1).get(0).jsonParam("view");

            // THEN the form holds the article's current Markdown body, whole
            assertEquals(DraftModal.CALLBACK_ID, form.path("callback_id").asText());
            assertEquals(ARTICLE, form.path("private_metadata").asText());
            JsonNode blocks = form.path("blocks");
            assertEquals(2, blocks.size(), "no 'too long' note for a short article: " + blocks);
            JsonNode box = blocks.get(1).path("element");
            String body = original.substring(original.indexOf("\n---\n", 4) + 5);
            assertEquals(body, box.path("initial_value").asText());
            assertEquals(3000, box.path("max_length").asInt());

            // WHEN the edit is submitted
            String edited = "Short answer: zebracorn keys work too.\n";
            assertEquals(200, app.slack().interaction(submission(OWNER_EN, DraftModal.CALLBACK_ID, ARTICLE,
                    DraftModal.BLOCK, DraftModal.ACTION, edited)).statusCode());

            // THEN exactly one draft file exists, with the draft's front matter, then the article's, then the edit
            String name = ARTICLE + "." + STAMP + "." + OWNER_EN + ".md";
            assertEquals(List.of(name), drafts(knowledge));
            String frontMatter = original.substring(4, original.indexOf("\n---\n", 4) + 1);
            assertEquals("---\ndraft_of: " + ARTICLE + "\ndrafted_by: " + OWNER_EN
                            + "\ndrafted_at: 2026-11-23T00:30:00Z\n" + frontMatter + "---\n" + edited,
                    Files.readString(knowledge.resolve("_drafts").resolve(name)));
            // AND the article itself is unchanged
            assertEquals(original, Files.readString(articleFile));
            // AND the owner is told where the draft is, by DM
            var told = app.slackApi().await("chat.postMessage", 1).get(0);
            assertEquals(OWNER_EN, told.param("channel"));
            assertTrue(told.param("text").contains("`knowledge/_drafts/" + name + "`"), told.param("text"));

            // WHEN the long article's form opens
            app.slackApi().reset();
            app.slack().interaction(click(app, OWNER_EN, DM, OwnerDigestBlocks.DRAFT_ACTION, "long-policy", "draft-2"));
            JsonNode longForm = app.slackApi().await("views.open", 1).get(0).jsonParam("view");
            // THEN it says the box holds the first part, cut at a line break, and the draft keeps the rest
            String note = longForm.path("blocks").get(1).path("elements").get(0).path("text").asText();
            String shown = longForm.path("blocks").get(2).path("element").path("initial_value").asText();
            assertTrue(shown.length() <= 3000 && shown.endsWith("\n") && longBody.toString().startsWith(shown),
                    shown.length() + " characters shown");
            assertEquals("⚠️ This article is " + String.format("%,d", longBody.length())
                    + " characters and the box holds 3,000, so it shows the first "
                    + String.format("%,d", shown.length()) + ". The rest is kept unchanged after your text in the "
                    + "draft.", note);
            app.slack().interaction(submission(OWNER_EN, DraftModal.CALLBACK_ID, "long-policy", DraftModal.BLOCK,
                    DraftModal.ACTION, "# Long policy, shorter\n"));
            String longDraft = "long-policy." + STAMP + "." + OWNER_EN + ".md";
            assertEquals(List.of(longDraft, name), drafts(knowledge));
            String written = Files.readString(knowledge.resolve("_drafts").resolve(longDraft));
            assertTrue(written.endsWith("---\n# Long policy, shorter\n" + longBody.substring(shown.length())),
                    written);

            // AND drafts are not articles: the loader skips them, and a restarted app does not find the new words
            List<Path> loaded = new ArticleLoader().load(knowledge).stream().map(ParsedFile::path).toList();
            assertTrue(loaded.contains(articleFile), "the loader reads the knowledge copy");
            assertFalse(loaded.stream().anyMatch(p -> p.toString().contains("_drafts")), loaded.toString());
            app.restart();
            JsonNode reply = JSON.readTree(app.slack().command("/kb", "zebracorn", "U0AGENT1", "C0SUPPORT").body());
            assertFalse(reply.toString().contains("kb_hit_"), reply.toString());
        }
    }

    static List<String> drafts(Path knowledge) throws Exception {
        try (Stream<Path> files = Files.list(knowledge.resolve("_drafts"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
