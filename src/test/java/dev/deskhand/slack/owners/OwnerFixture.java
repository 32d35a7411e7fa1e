package dev.deskhand.slack.owners;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.TestApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A test app for owner feedback: the starter knowledge copied to a temporary {@code knowledge/} folder (drafts are
 * written next to it, never into the repository), a deskhand.yml whose {@code owner_digest:} maps
 * {@code @trust-safety} to an English reader, and a Slack user group {@code privacy-office} whose one member reads
 * Korean (no mapping: the handle is found among the workspace's user groups).
 */
final class OwnerFixture {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String OWNER_EN = "U0OWNEREN1";
    static final String OWNER_KO = "U0OWNERKO1";

    private OwnerFixture() {
    }

    static Path knowledgeCopy(Path dir) throws IOException {
        Path source = Path.of("knowledge").toAbsolutePath();
        Path target = dir.resolve("knowledge");
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(file -> {
                try {
                    Path to = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }

    static Path settings(Path dir, String ownerDigest) throws IOException {
        String example = Files.readString(Path.of("deskhand.example.yml"));
        Path file = dir.resolve("deskhand.yml");
        Files.writeString(file, example + "\n" + ownerDigest);
        return file;
    }

    static final String OWNER_DIGEST = """
            owner_digest:
              cron: "0 9 * * MON"
              zone: Asia/Seoul
              owners:
                "@Trust-Safety": ["<@U0OWNEREN1>"]
            """;

    static TestApp start(Path dir, Path knowledge) throws Exception {
        return start(dir, knowledge, Map.of());
    }

    static TestApp start(Path dir, Path knowledge, Map<String, String> more) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(more);
        env.put("KNOWLEDGE_DIR", knowledge.toString());
        env.put("DESKHAND_CONFIG", settings(dir, OWNER_DIGEST).toString());
        return TestApp.start(env, OwnerFixture::prepare);
    }

    static void prepare(FakeSlackApi api) {
        api.userLocale(OWNER_EN, "en-US");
        api.userLocale(OWNER_KO, "ko-KR");
        api.userGroup("S0PRIVACY1", "privacy-office", java.util.List.of(OWNER_KO));
    }

    static String buttonValue(JsonNode blocks, String actionId) {
        for (JsonNode value : blocks.findParents("action_id")) {
            if (actionId.equals(value.path("action_id").asText())) {
                return value.path("value").asText();
            }
        }
        throw new AssertionError("no " + actionId + " in " + blocks);
    }

    static ObjectNode click(TestApp app, String user, String channel, String actionId, String value, String id) {
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A0DESKHAND")
                .put("trigger_id", "trigger-" + id).put("response_url", app.slackApi().responseUrl(id));
        payload.putObject("user").put("id", user).put("username", "someone").put("team_id", FakeSlackApi.TEAM_ID);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID);
        payload.putObject("channel").put("id", channel).put("name", "x");
        payload.putObject("container").put("type", "message").put("is_ephemeral", false);
        payload.putArray("actions").addObject().put("action_id", actionId).put("block_id", "b")
                .put("type", "button").put("value", value).put("action_ts", "1763857800.1")
                .putObject("text").put("type", "plain_text").put("text", "x");
        return payload;
    }

    static ObjectNode submission(String user, String callbackId, String privateMetadata, String block, String action,
                                 String value) {
        ObjectNode payload = JSON.createObjectNode().put("type", "view_submission").put("api_app_id", "A0DESKHAND")
                .put("trigger_id", "trigger-submit");
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID);
        payload.putObject("user").put("id", user).put("username", "someone").put("team_id", FakeSlackApi.TEAM_ID);
        ObjectNode view = payload.putObject("view").put("id", "V0FORM").put("type", "modal")
                .put("callback_id", callbackId).put("private_metadata", privateMetadata)
                .put("team_id", FakeSlackApi.TEAM_ID).put("app_id", "A0DESKHAND").put("hash", "h");
        view.putObject("state").putObject("values").putObject(block).putObject(action)
                .put("type", "plain_text_input").put("value", value);
        return payload;
    }
}
