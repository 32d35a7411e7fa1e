package dev.deskhand.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code sync:} section of {@code deskhand.yml}: a list of imports the server runs on a schedule.
 * <pre>
 * sync:
 *   - source: zendesk          # zendesk, confluence, notion or csv
 *     every: 1h
 *     subdomain: acme
 *     token_env: ZENDESK_TOKEN # the secret itself stays in the environment
 *     locale: en-us,ko
 *     deleted: archive         # optional: remove (default), archive, keep
 *     into: knowledge/zendesk  # optional
 *   - source: csv
 *     every: 15m
 *     path: shared/faq.csv     # exports and files are named by path
 * </pre>
 * Every other key becomes the import's {@code --key value} option; a key that looks like a secret is refused.
 */
public final class SyncSettingsReader {

    private static final Set<String> SOURCES = Set.of("zendesk", "confluence", "notion", "csv");
    private static final Set<String> SECRETS = Set.of("token", "password", "api_key", "apikey", "secret", "api_token");
    private static final Duration SHORTEST = Duration.ofMinutes(1);

    /** The jobs in {@code file}; none when the file is absent or has no {@code sync:}. */
    public List<SyncJob> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new SettingsException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    List<SyncJob> parse(String text, String source) {
        JsonNode tree;
        try {
            tree = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (JsonProcessingException e) {
            throw new SettingsException(source + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.has("sync")) {
            return List.of();
        }
        try {
            List<SyncJob> jobs = new ArrayList<>();
            for (YamlNode entry : new YamlNode(tree, "").get("sync").list()) {
                jobs.add(job(entry));
            }
            return jobs;
        } catch (SettingsException e) {
            throw new SettingsException(source + ": " + e.getMessage(), e);
        }
    }

    private static SyncJob job(YamlNode entry) {
        String kind = entry.text("source").toLowerCase(Locale.ROOT);
        if (!SOURCES.contains(kind)) {
            throw entry.get("source").error("source is zendesk, confluence, notion or csv, not " + kind);
        }
        Duration every = DurationText.parse(entry.get("every"));
        if (every.compareTo(SHORTEST) < 0) {
            throw entry.get("every").error("sync at most once a minute");
        }
        List<String> arguments = new ArrayList<>(List.of(kind));
        entry.optionalText("path").ifPresent(arguments::add);
        Iterator<Map.Entry<String, JsonNode>> fields = entry.raw().fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (Set.of("source", "every", "path").contains(key)) {
                continue;
            }
            if (SECRETS.contains(key.toLowerCase(Locale.ROOT))) {
                throw entry.get(key).error("credentials are never written in deskhand.yml: put it in an environment"
                        + " variable and name it with token_env");
            }
            arguments.add("--" + key.replace('_', '-'));
            arguments.add(entry.text(key));
        }
        return new SyncJob(kind, every, arguments);
    }
}
