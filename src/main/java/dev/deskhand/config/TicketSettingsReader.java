package dev.deskhand.config;

import dev.deskhand.tickets.TicketLinks;
import dev.deskhand.tickets.TicketSource;
import dev.deskhand.tickets.TicketSystem;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Reads {@code tickets:}: a list of {@code {system, pattern, url}} (system one of zendesk, jira, intercom, freshdesk,
 * url_template; pattern a regular expression for the ids; url a link with {@code {id}}).
 */
final class TicketSettingsReader {

    private TicketSettingsReader() {
    }

    static TicketLinks read(YamlNode root) {
        return root.optional("tickets").map(list -> new TicketLinks(list.list().stream()
                .map(TicketSettingsReader::source).toList())).orElse(TicketLinks.none());
    }

    private static TicketSource source(YamlNode node) {
        node.allowOnly(Set.of("system", "pattern", "url"));
        TicketSystem system = TicketSystem.parse(node.text("system")).orElseThrow(() -> node.error("system must be one of "
                + Arrays.stream(TicketSystem.values()).map(TicketSystem::id).collect(Collectors.joining(", "))));
        Pattern pattern;
        try {
            pattern = Pattern.compile(node.text("pattern"));
        } catch (PatternSyntaxException e) {
            throw node.error("pattern is not a regular expression: " + e.getDescription());
        }
        try {
            return new TicketSource(system, pattern, node.text("url"));
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }
}
