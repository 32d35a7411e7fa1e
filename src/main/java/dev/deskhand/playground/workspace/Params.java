package dev.deskhand.playground.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Web API call's arguments, whichever way the client sent them: form fields (the SDK's default, with blocks and
 * views as JSON strings) or a JSON body.
 */
public final class Params {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = values;
    }

    public static Params parse(String body, String contentType) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        if (contentType != null && contentType.contains("json")) {
            JsonNode json = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            json.fields().forEachRemaining(field -> values.put(field.getKey(),
                    field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString()));
        } else {
            values.putAll(form(body));
        }
        return new Params(values);
    }

    static Map<String, String> form(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return values;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(key, value);
        }
        return values;
    }

    /** The argument, or null when absent or blank. */
    public String get(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** An argument that carries JSON (blocks, view); empty when absent, and an exception when malformed. */
    public Optional<JsonNode> json(String name) throws IOException {
        String raw = get(name);
        return raw == null ? Optional.empty() : Optional.of(JSON.readTree(raw));
    }
}
