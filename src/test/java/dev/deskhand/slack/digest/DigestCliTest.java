package dev.deskhand.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deskhand.digest.DigestBuilder;
import dev.deskhand.digest.schedule.DigestSchedule;
import dev.deskhand.digest.schedule.DigestSubscriptions;
import dev.deskhand.digest.InMemoryDigestSource;
import dev.deskhand.digest.schedule.ScheduleBook;
import dev.deskhand.digest.schedule.Subscription;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final DigestCli cli = new DigestCli(new DigestBuilder(new InMemoryDigestSource(), today -> List.of(),
            Clock.fixed(DigestFixtures.NOW, ZoneOffset.UTC), List.of("P1")),
            new ScheduleBook(List.of(DigestSchedule.everything("CLEADS", "0 9 * * *", "Asia/Seoul")), none()));

    @Test
    void previewPrintsTextThenBlockKitJson() throws Exception {
        int code = cli.run(List.of("--channel", "CLEADS", "--preview"), print(out), print(err));

        String printed = out.toString(StandardCharsets.UTF_8);
        int json = printed.indexOf("{\n");
        assertEquals(DigestCli.OK, code);
        assertEquals("Queue digest · Tue 10 Jun · Asia/Seoul\n\n✅ *All clear* — nothing open. 0 opened and 0 "
                + "resolved since Mon 9 Jun 09:00 KST.\n\n📚 No knowledge gaps since Mon 9 Jun 09:00 KST.\n\n", printed.substring(0, json));
        JsonNode blocks = new ObjectMapper().readTree(printed.substring(json)).get("blocks");
        assertEquals("deskhand-digest-preview", blocks.get(0).get("block_id").asText());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void missingChannelOrPreviewFlagPrintsUsage() {
        int code = cli.run(List.of("--channel"), print(out), print(err));

        assertEquals(DigestCli.USAGE, code);
        assertEquals(DigestCli.USAGE_TEXT, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).isEmpty());
    }

    @Test
    void channelWithoutScheduleIsPreviewedForEveryTeamWithANote() {
        int code = cli.run(List.of("--preview", "--channel", "COTHER"), print(out), print(err));

        assertEquals(DigestCli.OK, code);
        assertEquals("Channel COTHER has no digest schedule; previewing every team in UTC.\n",
                err.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static DigestSubscriptions none() {
        return new DigestSubscriptions() {
            @Override
            public void save(Subscription subscription) {
                throw new UnsupportedOperationException("the preview never saves");
            }

            @Override
            public Optional<Subscription> find(String channelId) {
                return Optional.empty();
            }

            @Override
            public List<Subscription> all() {
                return List.of();
            }
        };
    }
}
