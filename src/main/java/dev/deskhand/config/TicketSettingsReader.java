package dev.deskhand.config;

import dev.deskhand.tickets.TicketLinks;
import dev.deskhand.tickets.TicketLookupSettings;
import dev.deskhand.tickets.TicketSource;
import dev.deskhand.tickets.TicketSystem;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Reads {@code tickets:}: a list of {@code {system, pattern, url}} (system one of zendesk, jira, intercom, freshdesk,
 * url_template; pattern a regular expression for the ids; url a link with {@code {id}}), and for zendesk an optional
 * {@code lookup:} so the escalation form can fill itself from the ticket.
 */
final class TicketSettingsReader {
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private TicketSettingsReader() {
    }

    static TicketLinks read(YamlNode root) {
        return root.optional("tickets").map(list -> new TicketLinks(list.list().stream()
                .map(TicketSettingsReader::source).toList())).orElse(TicketLinks.none());
    }

    private static TicketSource source(YamlNode node) {
        node.allowOnly(Set.of("system", "pattern", "url", "lookup"));
        TicketSystem system = TicketSystem.parse(node.text("system")).orElseThrow(() -> node.error("system must be one of "
                + Arrays.stream(TicketSystem.values()).map(TicketSystem::id).collect(Collectors.joining(", "))));
        Pattern pattern;
        try {
            pattern = Pattern.compile(node.text("pattern"));
        } catch (PatternSyntaxException e) {
            throw node.error("pattern is not a regular expression: " + e.getDescription());
        }
        try {
            Optional<TicketLookupSettings> lookup = node.optional("lookup").map(TicketSettingsReader::lookup);
            if (lookup.isPresent() && system != TicketSystem.ZENDESK) {
                throw node.get("lookup").error("works with system: zendesk only");
            }
            return new TicketSource(system, pattern, node.text("url"), lookup);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    /**
     * {@code lookup: {subdomain, email_env, token_env}}: the credentials are named by variable, never written here.
     * {@code base_url} replaces the subdomain's address (a proxy, or a stand-in in tests).
     */
    private static TicketLookupSettings lookup(YamlNode node) {
        node.allowOnly(Set.of("subdomain", "base_url", "email_env", "token_env"));
        URI base;
        if (node.has("base_url")) {
            String text = node.text("base_url");
            URI uri;
            try {
                uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            if (uri == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    || uri.getHost() == null || !(uri.getPath() == null || uri.getPath().isEmpty())) {
                throw node.get("base_url").error("'" + text + "' is not a base URL like https://acme.zendesk.com "
                        + "(scheme and host, no path)");
            }
            base = uri;
        } else {
            YamlNode subdomain = node.get("subdomain");
            if (!SUBDOMAIN.matcher(subdomain.text()).matches()) {
                throw subdomain.error("'" + subdomain.text() + "' is not a Zendesk subdomain (acme, for "
                        + "acme.zendesk.com)");
            }
            base = URI.create("https://" + subdomain.text() + ".zendesk.com");
        }
        return new TicketLookupSettings(base, envName(node, "email_env"), envName(node, "token_env"),
                TicketLookupSettings.TIMEOUT);
    }

    private static String envName(YamlNode node, String field) {
        YamlNode name = node.get(field);
        if (!ENV_NAME.matcher(name.text()).matches()) {
            throw name.error("'" + name.text() + "' is not an environment variable name (like ZENDESK_API_TOKEN); "
                    + "the secret itself goes in the environment, never in this file");
        }
        return name.text();
    }
}
