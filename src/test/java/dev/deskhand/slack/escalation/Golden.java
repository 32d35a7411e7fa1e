package dev.deskhand.slack.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares Block Kit JSON with a reviewed file under {@code src/test/resources/golden/escalation}. Run with
 * {@code -Dgolden.update=true} to rewrite the files after an intended change, then review the diff.
 */
final class Golden {
    private static final Path DIR = Path.of("src/test/resources/golden/escalation");

    private Golden() {
    }

    static void assertMatches(String name, JsonNode actual) throws IOException {
        Path file = DIR.resolve(name);
        String pretty = Payloads.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, pretty, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), pretty, "golden file " + file);
    }
}
