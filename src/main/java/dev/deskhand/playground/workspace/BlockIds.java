package dev.deskhand.playground.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Gives every block a {@code block_id} and every interactive element an {@code action_id}, as Slack does for
 * blocks sent without them, so that actions and form values can always be addressed; and finds an element again.
 */
public final class BlockIds {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private BlockIds() {
    }

    /** A copy of {@code blocks} with the missing ids filled in; null stays null. */
    static JsonNode assign(JsonNode blocks) {
        if (blocks == null || !blocks.isArray()) {
            return blocks;
        }
        JsonNode copy = blocks.deepCopy();
        for (JsonNode block : copy) {
            if (block instanceof ObjectNode object) {
                if (!object.hasNonNull("block_id")) {
                    object.put("block_id", random(5));
                }
                elementsOf(object).forEach(BlockIds::assignAction);
            }
        }
        return copy;
    }

    private static void assignAction(JsonNode element) {
        if (element instanceof ObjectNode object && isInteractive(object) && !object.hasNonNull("action_id")) {
            object.put("action_id", random(5));
        }
    }

    private static boolean isInteractive(JsonNode element) {
        String type = element.path("type").asText();
        return !type.equals("image") && !type.equals("mrkdwn") && !type.equals("plain_text");
    }

    /** The interactive elements of one block: an actions block's elements, a section's accessory, an input's element. */
    static java.util.List<JsonNode> elementsOf(JsonNode block) {
        java.util.List<JsonNode> elements = new java.util.ArrayList<>();
        switch (block.path("type").asText()) {
            case "actions" -> block.path("elements").forEach(elements::add);
            case "section" -> {
                if (block.has("accessory")) {
                    elements.add(block.get("accessory"));
                }
            }
            case "input" -> {
                if (block.has("element")) {
                    elements.add(block.get("element"));
                }
            }
            default -> {
                // Other blocks hold no interactive elements.
            }
        }
        return elements;
    }

    /** The element with this block and action id among {@code blocks}. */
    public static Optional<JsonNode> find(JsonNode blocks, String blockId, String actionId) {
        if (blocks == null || blockId == null || actionId == null) {
            return Optional.empty();
        }
        for (JsonNode block : blocks) {
            if (blockId.equals(block.path("block_id").asText(null))) {
                return elementsOf(block).stream()
                        .filter(e -> actionId.equals(e.path("action_id").asText(null))).findFirst();
            }
        }
        return Optional.empty();
    }

    private static String random(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
