package dev.deskhand.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares Block Kit JSON with a reviewed file under {@code src/test/resources}. A missing file is written and the
 * test fails so it gets reviewed; {@code -Dgolden.update=true} rewrites them all after an intended change.
 */
public final class Golden {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RESOURCES = Path.of("src/test/resources");

    private Golden() {
    }

    public static void assertMatches(String resource, JsonNode actual) throws IOException {
        Path file = RESOURCES.resolve(resource);
        String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n";
        boolean missing = !Files.exists(file);
        if (missing || Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pretty, StandardCharsets.UTF_8);
        }
        if (missing) {
            throw new AssertionError("golden file " + file + " was missing and has been written; review it");
        }
        assertEquals(JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)), actual, "golden file " + file);
    }

    /** Blocks as the Slack SDK serialises them on the wire. */
    public static JsonNode blocks(List<LayoutBlock> blocks) throws IOException {
        return JSON.readTree(GsonFactory.createSnakeCase().toJson(blocks));
    }
}
