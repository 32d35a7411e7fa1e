package dev.deskhand.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import dev.deskhand.digest.Digest;
import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Messages;
import dev.deskhand.slack.text.Reader;
import dev.deskhand.slack.text.Readers;
import dev.deskhand.slack.text.Voice;
import dev.deskhand.testing.Golden;
import dev.deskhand.testing.MarkerBoundaries;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestBlocksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DigestBlocks blocks = new DigestBlocks(Optional.of("https://acme.slack.com/"),
            Voice.fixed(Language.EN));

    @Test
    void fullDigestMatchesItsGoldenBlocks() throws Exception {
        assertGolden("digest/full.json", blocks.render(DigestFixtures.full()));
    }

    @Test
    void allClearDigestIsOneLinePlusTheKnowledgeGapLine() throws Exception {
        List<LayoutBlock> rendered = blocks.render(DigestFixtures.allClear());

        assertGolden("digest/all-clear.json", rendered);
        assertEquals(6, rendered.size());
    }

    @Test
    void fiveHundredOpenEscalationsAreSummarisedWithinSlackLimits() throws Exception {
        // GIVEN 500 breached and due-soon escalations held by 500 people
        Digest flooded = DigestFixtures.flooded(500);

        // WHEN rendered
        JsonNode json = JSON.readTree(GsonFactory.createSnakeCase().toJson(blocks.render(flooded)));

        // THEN no text passes 3,000 characters, there are at most 50 blocks, and the rest is counted
        assertTrue(json.size() <= DigestBlocks.SLACK_BLOCK_LIMIT, "blocks: " + json.size());
        for (JsonNode block : json) {
            String text = block.path("text").path("text").asText("");
            assertTrue(text.length() <= 3000, "text of " + text.length() + " characters");
        }
        String breached = json.get(5).path("text").path("text").asText();
        assertTrue(breached.startsWith("🚨 *Breached* (500)\n• <https://acme.slack.com/archives/CBILLING/p"),
                breached);
        assertTrue(breached.endsWith("\n…and 492 more"), breached);
        assertTrue(json.get(15).path("text").path("text").asText().endsWith("\n…and 488 more"));
        assertEquals(18, json.size());
    }

    @Test
    void hostileTitlesNeverBecomeMentionsOrLinks() throws Exception {
        String hostile = "<!channel> <@U0BOSS> <https://evil.example|click> a & b | c";
        Digest digest = DigestFixtures.full(
                List.of(DigestFixtures.line("ESC-7", "P1", hostile, "U_BO", java.time.Duration.ofHours(3), null)),
                List.of(DigestFixtures.line("ESC-8", "P2", hostile, null, java.time.Duration.ofHours(1),
                        java.time.Duration.ofMinutes(30))));

        String json = GsonFactory.createSnakeCase().toJson(blocks.render(digest));

        assertEquals(List.of(), java.util.stream.Stream.of("<!channel", "<@U0BOSS", "<https://evil", "|click>")
                .filter(json::contains).toList(), json);
    }

    @Test
    void koreanDigestMatchesItsGoldenBlocksWithKoreanDatesAndRenderableBold() throws Exception {
        Digest korean = DigestFixtures.full().inLanguage(Optional.of("ko"));
        List<LayoutBlock> rendered = blocks.render(korean);
        assertGolden("digest/full-ko.json", rendered);
        JsonNode json = Golden.blocks(rendered);
        String header = json.get(0).path("text").path("text").asText();
        assertTrue(header.startsWith("큐 다이제스트 · ") && header.matches(".*\\d+월 \\d+일 \\(.\\)$"), header);
        for (JsonNode block : json) {
            String text = block.path("text").path("text").asText("");
            assertEquals(List.of(), MarkerBoundaries.rawMarkersBesideHangul(text), text);
        }
        assertGolden("digest/all-clear-ko.json", blocks.render(DigestFixtures.allClear().inLanguage(Optional.of("ko"))));
        assertTrue(blocks.fallbackText(korean).startsWith("큐 다이제스트: 열린 건"), blocks.fallbackText(korean));
    }

    @Test
    void aChannelWithoutItsOwnLanguageFollowsItsTeam() throws Exception {
        Voice koreanChannel = new Voice(new Messages(), new Readers() {
            @Override
            public Reader user(String userId) {
                return Reader.of(Language.EN);
            }

            @Override
            public Reader channel(String channelId) {
                return Reader.of(Language.KO);
            }
        });
        String header = Golden.blocks(new DigestBlocks(Optional.empty(), koreanChannel).render(DigestFixtures.full()))
                .get(0).path("text").path("text").asText();
        assertTrue(header.startsWith("큐 다이제스트"), header);
    }

    private static void assertGolden(String resource, List<LayoutBlock> rendered) throws IOException {
        Golden.assertMatches(resource, Golden.blocks(rendered));
    }
}
