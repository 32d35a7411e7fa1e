package dev.deskhand.escalation.service;

import dev.deskhand.escalation.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code /escalate P1 billing ACME-1234 customer charged twice}: severity, team and ticket in any order,
 * the rest is the summary. Severity and ticket are unambiguous and recognised anywhere; a team name is taken only
 * from the run of recognised words at the start or the end, so "billing" inside the summary stays there.
 */
public final class OneLineParser {
    /** Slack sends links as {@code <https://…|label>}; such a span is one token even with spaces in the label. */
    private static final Pattern TOKEN = Pattern.compile("<[^>]*>|\\S+");
    private static final Pattern SEVERITY = Pattern.compile("(?i)(?:p|sev-?)[1-4]");
    /**
     * 긴급, 높음, 보통, 낮음. Unlike P1…P4 these are ordinary words ("보통" also means "usually"), so they count as the
     * severity only at the start or end of the line, where the team name is looked for too.
     */
    private static final Pattern KOREAN_SEVERITY = Pattern.compile("긴급|높음|보통|낮음");
    private static final Pattern TICKET_ID = Pattern.compile("[A-Z][A-Z0-9_]*-\\d+|#\\d+");
    private static final Pattern URL = Pattern.compile("<?(https?://[^\\s|>]+)(?:\\|[^>]*)?>?");
    private static final String TRAILING_PUNCTUATION = "[,;:.]+$";

    private final Set<String> teamIds;

    /** @param teamIds the configured team ids, matched case-insensitively */
    public OneLineParser(Collection<String> teamIds) {
        this.teamIds = teamIds.stream().map(id -> id.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** The parts that were understood, the summary, and what is still missing. */
    public record Parsed(Severity severity, String team, String ticket, String summary) {
        /** Required parts that were not found, in form order. */
        public List<Part> missing() {
            List<Part> missing = new ArrayList<>();
            if (severity == null) {
                missing.add(Part.SEVERITY);
            }
            if (team == null) {
                missing.add(Part.TEAM);
            }
            if (ticket == null) {
                missing.add(Part.TICKET);
            }
            if (summary == null) {
                missing.add(Part.SUMMARY);
            }
            return missing;
        }

        /** Whether an escalation can be created without asking anything. */
        public boolean isComplete() {
            return missing().isEmpty();
        }
    }

    /** A required part of the one-line form. */
    public enum Part { SEVERITY, TEAM, TICKET, SUMMARY }

    /** Parses the command text; never fails, unknown words become the summary. */
    public Parsed parse(String text) {
        List<String> tokens = tokens(text == null ? "" : text);
        boolean[] used = new boolean[tokens.size()];
        Severity severity = null;
        String ticket = null;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).replaceAll(TRAILING_PUNCTUATION, "");
            if (severity == null && SEVERITY.matcher(word).matches()) {
                severity = Severity.parse(word).orElseThrow();
                used[i] = true;
            } else if (ticket == null && ticket(tokens.get(i)).isPresent()) {
                ticket = ticket(tokens.get(i)).orElseThrow();
                used[i] = true;
            }
        }
        if (severity == null) {
            severity = koreanSeverity(tokens, used);
        }
        String team = team(tokens, used);
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i]) {
                rest.add(tokens.get(i));
            }
        }
        String summary = rest.isEmpty() ? null : String.join(" ", rest);
        return new Parsed(severity, team, ticket, summary);
    }

    private String team(List<String> tokens, boolean[] used) {
        for (int i = 0; i < tokens.size() && recognisable(tokens.get(i)); i++) {
            if (!used[i] && isTeam(tokens.get(i))) {
                used[i] = true;
                return normalizedTeam(tokens.get(i));
            }
        }
        for (int i = tokens.size() - 1; i >= 0 && recognisable(tokens.get(i)); i--) {
            if (!used[i] && isTeam(tokens.get(i))) {
                used[i] = true;
                return normalizedTeam(tokens.get(i));
            }
        }
        return null;
    }

    private Severity koreanSeverity(List<String> tokens, boolean[] used) {
        for (int i = 0; i < tokens.size() && recognisable(tokens.get(i)); i++) {
            if (!used[i] && isKoreanSeverity(tokens.get(i))) {
                used[i] = true;
                return Severity.parse(tokens.get(i).replaceAll(TRAILING_PUNCTUATION, "")).orElseThrow();
            }
        }
        for (int i = tokens.size() - 1; i >= 0 && recognisable(tokens.get(i)); i--) {
            if (!used[i] && isKoreanSeverity(tokens.get(i))) {
                used[i] = true;
                return Severity.parse(tokens.get(i).replaceAll(TRAILING_PUNCTUATION, "")).orElseThrow();
            }
        }
        return null;
    }

    private static boolean isKoreanSeverity(String token) {
        return KOREAN_SEVERITY.matcher(token.replaceAll(TRAILING_PUNCTUATION, "")).matches();
    }

    private boolean recognisable(String token) {
        return isTeam(token) || ticket(token).isPresent() || isKoreanSeverity(token)
                || SEVERITY.matcher(token.replaceAll(TRAILING_PUNCTUATION, "")).matches();
    }

    private boolean isTeam(String token) {
        return teamIds.contains(normalizedTeam(token));
    }

    private static String normalizedTeam(String token) {
        return token.replaceAll(TRAILING_PUNCTUATION, "").toLowerCase(Locale.ROOT);
    }

    private static Optional<String> ticket(String token) {
        String word = token.replaceAll(TRAILING_PUNCTUATION, "");
        if (TICKET_ID.matcher(word).matches()) {
            return Optional.of(word);
        }
        Matcher url = URL.matcher(token);
        return url.matches() ? Optional.of(url.group(1)) : Optional.empty();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
