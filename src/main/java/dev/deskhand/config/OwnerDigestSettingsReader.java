package dev.deskhand.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.deskhand.digest.schedule.CronRule;
import dev.deskhand.owners.OwnerDigestSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code owner_digest:} section of {@code deskhand.yml}:
 * <pre>
 * owner_digest:
 *   enabled: true                 # optional, default true; false sends no owner DMs
 *   cron: "0 9 * * MON"           # optional, default Monday 09:00
 *   zone: Asia/Seoul              # optional, default sla.business_hours.zone, else UTC
 *   owners:                       # owner: values that are not Slack user ids → the users who get the DM
 *     "@billing-team": [U0BILLOWN1, "&lt;@U0BILLOWN2&gt;"]
 * </pre>
 * The zone defaults to the one the workspace already works in ({@code sla.business_hours.zone}); Slack has no
 * workspace time zone to ask for.
 */
public final class OwnerDigestSettingsReader {

    private static final java.util.regex.Pattern USER =
            java.util.regex.Pattern.compile("(?:<@)?[UW][A-Z0-9]{6,}(?:\\|[^>]*)?>?");

    /** The file's section; the example file's when {@code file} is absent, as {@link SettingsFile} does. */
    public OwnerDigestSettings read(Path file) {
        Path source = Files.isRegularFile(file) ? file : Path.of(SettingsFile.EXAMPLE);
        if (!Files.isRegularFile(source)) {
            return OwnerDigestSettings.defaults(ZoneId.of("UTC"));
        }
        try {
            return parse(Files.readString(source, StandardCharsets.UTF_8), source.toString());
        } catch (IOException e) {
            throw new SettingsException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    public OwnerDigestSettings parse(String text, String source) {
        JsonNode tree;
        try {
            tree = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (JsonProcessingException e) {
            throw new SettingsException(source + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        try {
            YamlNode root = new YamlNode(tree == null ? new ObjectMapper().createObjectNode() : tree, "");
            ZoneId workspace = root.optional("sla").flatMap(sla -> sla.optional("business_hours"))
                    .flatMap(hours -> hours.optionalText("zone")).map(zone -> zone(root, zone))
                    .orElse(ZoneId.of("UTC"));
            if (!root.has("owner_digest")) {
                return OwnerDigestSettings.defaults(workspace);
            }
            YamlNode section = root.get("owner_digest").allowOnly(Set.of("enabled", "cron", "zone", "owners"));
            CronRule cron;
            try {
                cron = CronRule.parse(section.optionalText("cron").orElse(OwnerDigestSettings.DEFAULT_CRON));
            } catch (IllegalArgumentException e) {
                throw new SettingsException("owner_digest.cron: " + e.getMessage(), e);
            }
            ZoneId zone = section.optionalText("zone").map(z -> zone(section, z)).orElse(workspace);
            Map<String, List<String>> owners = new LinkedHashMap<>();
            section.optional("owners").ifPresent(node -> node.entries()
                    .forEach((owner, users) -> owners.put(owner, userIds(users))));
            return new OwnerDigestSettings(section.bool("enabled", true), cron, zone, owners);
        } catch (SettingsException e) {
            throw new SettingsException(source + ": " + e.getMessage(), e);
        }
    }

    /** Slack can only DM a user: a name or an e-mail here would silently reach nobody, so it is an error. */
    private static List<String> userIds(YamlNode users) {
        List<YamlNode> list = users.raw().isArray() ? users.list() : List.of(users);
        return list.stream().map(user -> {
            String id = user.text();
            if (!USER.matcher(id).matches()) {
                throw user.error("'" + id + "' is not a Slack user id (U… or <@U…>)");
            }
            return id;
        }).toList();
    }

    private static ZoneId zone(YamlNode at, String zone) {
        try {
            return ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw at.error("zone '" + zone + "' is not an IANA zone id (e.g. Asia/Seoul)");
        }
    }
}
