package dev.deskhand.config;

import dev.deskhand.paging.PageOn;
import dev.deskhand.paging.PagingService;
import dev.deskhand.paging.PagingSettings;
import dev.deskhand.paging.TeamPaging;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code paging:} inside each team ({@code pagerduty: {routing_key_env}}, {@code opsgenie: {api_key_env}},
 * {@code on: [P1-created, breach]}) and the top-level {@code paging:} (the services' base URLs and timeouts). Keys
 * are named, never written: the file holds the environment variable's name, {@link PagingKeys} reads its value.
 */
final class PagingSettingsReader {
    /** Environment variable names as shells accept them. */
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(2);
    /** What a team pages on when it says nothing: P1s, as they are created and when they breach. */
    static final List<String> DEFAULT_ON = List.of("P1-created", "P1-breach");

    private PagingSettingsReader() {
    }

    static PagingSettings read(YamlNode root) {
        List<TeamPaging> teams = new ArrayList<>();
        if (root.has("teams") && root.get("teams").raw().isArray()) {
            for (YamlNode team : root.get("teams").list()) {
                team.optional("paging").ifPresent(paging -> teams.add(team(team.text("id"), paging)));
            }
        }
        Optional<YamlNode> global = root.optional("paging");
        global.ifPresent(node -> node.allowOnly(Set.of("pagerduty_url", "opsgenie_url", "connect_timeout",
                "read_timeout")));
        return new PagingSettings(teams,
                global.flatMap(node -> node.optional("pagerduty_url")).map(PagingSettingsReader::url)
                        .orElse(PagingSettings.PAGERDUTY_URL),
                global.flatMap(node -> node.optional("opsgenie_url")).map(PagingSettingsReader::url)
                        .orElse(PagingSettings.OPSGENIE_URL),
                global.flatMap(node -> node.optional("connect_timeout")).map(PagingSettingsReader::timeout)
                        .orElse(PagingSettings.CONNECT_TIMEOUT),
                global.flatMap(node -> node.optional("read_timeout")).map(PagingSettingsReader::timeout)
                        .orElse(PagingSettings.READ_TIMEOUT));
    }

    private static TeamPaging team(String teamId, YamlNode paging) {
        paging.allowOnly(Set.of("pagerduty", "opsgenie", "on"));
        Map<PagingService, String> keyEnv = new EnumMap<>(PagingService.class);
        paging.optional("pagerduty").ifPresent(node -> keyEnv.put(PagingService.PAGERDUTY,
                envName(node, "routing_key_env")));
        paging.optional("opsgenie").ifPresent(node -> keyEnv.put(PagingService.OPSGENIE, envName(node, "api_key_env")));
        if (keyEnv.isEmpty()) {
            throw paging.error("team " + teamId + " pages through nothing; add pagerduty: { routing_key_env: … } "
                    + "and/or opsgenie: { api_key_env: … }");
        }
        List<PageOn> on = new ArrayList<>();
        if (paging.has("on")) {
            Set<String> seen = new LinkedHashSet<>();
            for (YamlNode item : paging.get("on").list()) {
                PageOn parsed = PageOn.parse(item.text()).orElseThrow(() -> item.error("'" + item.text()
                        + "' is not a paging moment; use created or breach, optionally after a severity "
                        + "(P1-created, P2-breach)"));
                if (seen.add(parsed.toString())) {
                    on.add(parsed);
                }
            }
            if (on.isEmpty()) {
                throw paging.get("on").error("is empty; list when to page (e.g. [P1-created, breach]) or remove "
                        + "paging: from team " + teamId);
            }
        } else {
            DEFAULT_ON.forEach(text -> on.add(PageOn.parse(text).orElseThrow()));
        }
        return new TeamPaging(teamId, keyEnv, on);
    }

    private static String envName(YamlNode service, String field) {
        service.allowOnly(Set.of(field));
        YamlNode name = service.get(field);
        String text = name.text();
        if (!ENV_NAME.matcher(text).matches()) {
            throw name.error("'" + text + "' is not an environment variable name (like PD_BILLING_KEY); the key "
                    + "itself goes in the environment, never in this file");
        }
        return text;
    }

    private static URI url(YamlNode node) {
        String text = node.text();
        try {
            URI uri = URI.create(text);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))) {
                return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw node.error("'" + text + "' is not a base URL like https://api.eu.opsgenie.com (scheme and host, no "
                + "path)");
    }

    private static Duration timeout(YamlNode node) {
        Duration timeout = DurationText.parse(node);
        if (timeout.isZero() || timeout.isNegative() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw node.error("must be between 1s and 2m");
        }
        return timeout;
    }
}
