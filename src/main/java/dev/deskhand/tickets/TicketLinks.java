package dev.deskhand.tickets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds ticket ids in text and says where each leads, from the configured {@link TicketSource}s. Where two sources
 * match at one place, the one configured first wins; matches never overlap.
 */
public final class TicketLinks {

    private final List<TicketSource> sources;

    public TicketLinks(List<TicketSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** No ticket system configured: nothing is ever a link. */
    public static TicketLinks none() {
        return new TicketLinks(List.of());
    }

    /** The ticket ids in {@code text}, left to right. */
    public List<TicketLink> find(String text) {
        List<TicketLink> found = new ArrayList<>();
        if (text == null || sources.isEmpty()) {
            return found;
        }
        int at = 0;
        while (at < text.length()) {
            TicketLink next = null;
            for (TicketSource source : sources) {
                Matcher m = source.pattern().matcher(text);
                if (m.find(at) && m.end() > m.start() && (next == null || m.start() < next.start())) {
                    next = new TicketLink(m.group(), url(source, m), m.start(), m.end());
                }
            }
            if (next == null) {
                break;
            }
            found.add(next);
            at = next.end();
        }
        return found;
    }

    /** Where {@code id} leads, when all of it is one ticket id. */
    public Optional<String> url(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (TicketSource source : sources) {
            Matcher m = source.pattern().matcher(id.strip());
            if (m.matches()) {
                return Optional.of(url(source, m));
            }
        }
        return Optional.empty();
    }

    /** A ticket id a helpdesk can be asked about: how to ask, and its number there. */
    public record LookupTarget(TicketLookupSettings settings, String id) {
    }

    /**
     * Where {@code ticket} (all of it one id) can be looked up: the first source whose pattern matches it and that has
     * a {@code lookup:}; only numeric ids (Zendesk's) qualify, so nothing else ever reaches a URL.
     */
    public Optional<LookupTarget> lookupTarget(String ticket) {
        if (ticket == null) {
            return Optional.empty();
        }
        for (TicketSource source : sources) {
            Matcher m = source.pattern().matcher(ticket.strip());
            if (m.matches()) {
                String id = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
                return source.lookup().filter(lookup -> id.matches("\\d{1,19}"))
                        .map(lookup -> new LookupTarget(lookup, id));
            }
        }
        return Optional.empty();
    }

    /** Whether any source looks tickets up (the form then asks as an id is entered). */
    public boolean looksUp() {
        return sources.stream().anyMatch(source -> source.lookup().isPresent());
    }

    /** Every distinct lookup configured, for reading their credentials at start. */
    public List<TicketLookupSettings> lookups() {
        return sources.stream().flatMap(source -> source.lookup().stream()).distinct().toList();
    }

    /** An escalation's ticket field: a pasted link leads to itself, a known id to its helpdesk. */
    public TicketRef ref(String ticket) {
        if (ticket.startsWith("http://") || ticket.startsWith("https://")) {
            return new TicketRef(ticket.replaceFirst("^https?://", ""), Optional.of(ticket));
        }
        return new TicketRef(ticket, url(ticket));
    }

    private static String url(TicketSource source, Matcher m) {
        String id = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
        // The id is text from a message: encoded, it can only ever be a path segment or a query value.
        return source.url().replace(TicketSource.ID, URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** Settings compare by value; a {@link java.util.regex.Pattern} does not, its source text does. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TicketLinks that && keys().equals(that.keys());
    }

    @Override
    public int hashCode() {
        return keys().hashCode();
    }

    @Override
    public String toString() {
        return "TicketLinks" + keys();
    }

    private List<List<String>> keys() {
        return sources.stream().map(s -> List.of(s.system().id(), s.pattern().pattern(), s.url(),
                s.lookup().map(TicketLookupSettings::toString).orElse(""))).toList();
    }
}
