package dev.deskhand.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A YAML node that knows its path, so every error says exactly which setting is wrong. */
final class YamlNode {
    private final JsonNode node;
    private final String path;

    YamlNode(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The node itself, for sections that pass their keys on as they are ({@code sync:}). */
    JsonNode raw() {
        return node;
    }

    String path() {
        return path;
    }

    SettingsException error(String message) {
        return new SettingsException(path + ": " + message);
    }

    boolean has(String field) {
        return node.hasNonNull(field);
    }

    YamlNode get(String field) {
        if (!has(field)) {
            throw new SettingsException(child(field) + ": is required");
        }
        return new YamlNode(node.get(field), child(field));
    }

    Optional<YamlNode> optional(String field) {
        return has(field) ? Optional.of(get(field)) : Optional.empty();
    }

    String text() {
        if (!node.isValueNode() || node.asText().isBlank()) {
            throw error("must be a non-empty value");
        }
        return node.asText().trim();
    }

    String text(String field) {
        return get(field).text();
    }

    Optional<String> optionalText(String field) {
        return optional(field).map(YamlNode::text);
    }

    boolean bool(String field, boolean fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            throw new SettingsException(child(field) + ": must be true or false");
        }
        return value.asBoolean();
    }

    List<YamlNode> list() {
        if (!node.isArray()) {
            throw error("must be a list");
        }
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new YamlNode(node.get(i), path + "[" + i + "]"));
        }
        return items;
    }

    List<String> texts() {
        return list().stream().map(YamlNode::text).toList();
    }

    List<String> optionalTexts(String field) {
        return has(field) ? get(field).texts() : List.of();
    }

    Map<String, YamlNode> entries() {
        if (!node.isObject()) {
            throw error("must be a mapping");
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        node.fieldNames().forEachRemaining(name -> entries.put(name, new YamlNode(node.get(name), child(name))));
        return entries;
    }

    /** Rejects misspelt keys instead of silently ignoring them. */
    YamlNode allowOnly(Set<String> fields) {
        for (String name : entries().keySet()) {
            if (!fields.contains(name)) {
                throw new SettingsException(child(name) + ": unknown setting (expected one of "
                        + String.join(", ", fields.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    private String child(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
