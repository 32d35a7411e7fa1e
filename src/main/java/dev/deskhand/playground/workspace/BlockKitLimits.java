package dev.deskhand.playground.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The Block Kit limits Slack enforces (and answers {@code invalid_blocks} / {@code invalid_arguments} for), checked
 * here so that something that would fail in a real workspace fails in the playground too, with the reason.
 */
public final class BlockKitLimits {

    static final int MESSAGE_BLOCKS = 50;
    static final int VIEW_BLOCKS = 100;

    private BlockKitLimits() {
    }

    public static Optional<String> checkMessage(JsonNode blocks) {
        return check(blocks, MESSAGE_BLOCKS);
    }

    public static Optional<String> checkView(JsonNode view) {
        Optional<String> problem = textLimit(view.get("title"), 24, "view title")
                .or(() -> textLimit(view.get("submit"), 24, "view submit"))
                .or(() -> textLimit(view.get("close"), 24, "view close"));
        if (problem.isPresent()) {
            return problem;
        }
        if (view.path("title").path("text").asText("").isEmpty()) {
            return Optional.of("a view needs a title");
        }
        if (view.path("private_metadata").asText("").length() > 3000) {
            return Optional.of("private_metadata is longer than 3000 characters");
        }
        return check(view.get("blocks"), VIEW_BLOCKS);
    }

    private static Optional<String> check(JsonNode blocks, int maxBlocks) {
        if (blocks == null || !blocks.isArray()) {
            return Optional.of("blocks must be an array");
        }
        if (blocks.size() > maxBlocks) {
            return Optional.of("more than " + maxBlocks + " blocks (" + blocks.size() + ")");
        }
        Set<String> blockIds = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode block = blocks.get(i);
            String where = "block " + i + " (" + block.path("type").asText("?") + ")";
            String blockId = block.path("block_id").asText(null);
            if (blockId != null && !blockIds.add(blockId)) {
                return Optional.of(where + ": duplicate block_id " + blockId);
            }
            Optional<String> problem = checkBlock(block).map(p -> where + ": " + p);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkBlock(JsonNode block) {
        return switch (block.path("type").asText("")) {
            case "header" -> textLimit(block.get("text"), 150, "header text");
            case "section" -> section(block);
            case "context" -> block.path("elements").size() > 10 ? Optional.of("more than 10 context elements")
                    : Optional.empty();
            case "actions" -> elements(block.path("elements"), 25);
            case "input" -> textLimit(block.get("label"), 2000, "input label")
                    .or(() -> element(block.get("element")));
            case "divider", "image", "rich_text", "file", "video", "markdown" -> Optional.empty();
            case "" -> Optional.of("a block needs a type");
            default -> Optional.of("unknown block type");
        };
    }

    private static Optional<String> section(JsonNode block) {
        if (!block.has("text") && !block.has("fields")) {
            return Optional.of("a section needs text or fields");
        }
        JsonNode fields = block.path("fields");
        if (fields.size() > 10) {
            return Optional.of("more than 10 fields");
        }
        for (JsonNode field : fields) {
            Optional<String> problem = textLimit(field, 2000, "field");
            if (problem.isPresent()) {
                return problem;
            }
        }
        Optional<String> text = block.has("text") ? textLimit(block.get("text"), 3000, "section text")
                : Optional.empty();
        return text.or(() -> block.has("accessory") ? element(block.get("accessory")) : Optional.empty());
    }

    private static Optional<String> elements(JsonNode elements, int max) {
        if (elements.size() > max) {
            return Optional.of("more than " + max + " elements");
        }
        Set<String> actionIds = new HashSet<>();
        for (JsonNode element : elements) {
            String actionId = element.path("action_id").asText(null);
            if (actionId != null && !actionIds.add(actionId)) {
                return Optional.of("duplicate action_id " + actionId);
            }
            Optional<String> problem = element(element);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> element(JsonNode element) {
        if (element == null) {
            return Optional.of("missing element");
        }
        if ("button".equals(element.path("type").asText())) {
            if (element.path("value").asText("").length() > 2000) {
                return Optional.of("button value longer than 2000 characters");
            }
            return textLimit(element.get("text"), 75, "button text");
        }
        JsonNode options = element.path("options");
        if (options.size() > 100) {
            return Optional.of("more than 100 options");
        }
        for (JsonNode option : options) {
            Optional<String> problem = textLimit(option.get("text"), 75, "option text");
            if (problem.isPresent()) {
                return problem;
            }
            if (option.path("value").asText("").length() > 150) {
                return Optional.of("option value longer than 150 characters");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> textLimit(JsonNode text, int max, String what) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.isTextual() ? text.asText() : text.path("text").asText("");
        if (value.isEmpty()) {
            return Optional.of(what + " is empty");
        }
        return value.length() > max ? Optional.of(what + " is longer than " + max + " characters (" + value.length()
                + ")") : Optional.empty();
    }
}
