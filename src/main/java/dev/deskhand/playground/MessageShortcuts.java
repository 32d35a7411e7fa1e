package dev.deskhand.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The message shortcuts the Slack app manifest declares ("Escalate this message"), offered on each message in
 * the page as Slack offers them under "More actions". Read from the manifest so the two cannot drift apart; without
 * a manifest in the working directory the menu is simply empty.
 */
final class MessageShortcuts {

    private static final Logger log = LoggerFactory.getLogger(MessageShortcuts.class);

    /** One shortcut: what the app registered it under and what the menu says. */
    record Shortcut(String callbackId, String name) {
    }

    private MessageShortcuts() {
    }

    static List<Shortcut> read(Path manifest) {
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(manifest.toFile());
            List<Shortcut> shortcuts = new ArrayList<>();
            for (JsonNode shortcut : root.path("features").path("shortcuts")) {
                if ("message".equals(shortcut.path("type").asText())) {
                    shortcuts.add(new Shortcut(shortcut.path("callback_id").asText(), shortcut.path("name").asText()));
                }
            }
            return List.copyOf(shortcuts);
        } catch (IOException e) {
            log.warn("Could not read the message shortcuts from {}: {}", manifest, e.getMessage());
            return List.of();
        }
    }
}
