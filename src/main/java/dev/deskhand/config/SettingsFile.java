package dev.deskhand.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.deskhand.escalation.service.EscalationSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads {@code deskhand.yml} into {@link Settings}. Top-level sections other features own ({@code digests:},
 * {@code admins:}) are left to their readers; inside the escalation sections a misspelt key is an error, so a typo
 * never silently changes routing.
 */
public final class SettingsFile {
    /** The example shipped with the app, used when no configuration file exists. */
    public static final String EXAMPLE = "deskhand.example.yml";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** Reads and validates the file at {@code path}. */
    public Settings load(Path path) {
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new SettingsException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads {@code path} if it exists; otherwise {@value #EXAMPLE} from the working directory, then from the
     * classpath, so a fresh checkout runs as it is.
     */
    public Settings loadOrExample(Path path) {
        if (Files.isRegularFile(path)) {
            return load(path);
        }
        Path example = Path.of(EXAMPLE);
        if (Files.isRegularFile(example)) {
            return load(example);
        }
        try (InputStream bundled = SettingsFile.class.getResourceAsStream("/" + EXAMPLE)) {
            if (bundled == null) {
                throw new SettingsException(path + " does not exist and no " + EXAMPLE + " is bundled");
            }
            return parse(new String(bundled.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + EXAMPLE);
        } catch (IOException e) {
            throw new SettingsException("cannot read the bundled " + EXAMPLE + ": " + e.getMessage(), e);
        }
    }

    /** Parses YAML text; {@code source} names it in error messages. */
    public Settings parse(String text, String source) {
        JsonNode tree;
        try {
            tree = yaml.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SettingsException(source + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new SettingsException(source + ": expected a mapping with teams:, tiers: and sla:");
        }
        YamlNode root = new YamlNode(tree, "");
        try {
            EscalationSettings escalations = EscalationSettingsReader.read(root);
            return new Settings(escalations, new DigestSettingsParser().parse(tree, escalations.teams()),
                    PagingSettingsReader.read(root));
        } catch (SettingsException e) {
            throw new SettingsException(source + ": " + e.getMessage(), e);
        }
    }
}
