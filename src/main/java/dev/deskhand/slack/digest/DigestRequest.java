package dev.deskhand.slack.digest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What {@code /digest ...} asked for. {@code subscribe} takes the cron expression in quotes (Slack's curly quotes
 * too) or as five bare fields, then the IANA zone, then optionally teams and sections as comma lists:
 * {@code subscribe "0 9 * * MON-FRI" Asia/Seoul billing,technical sla,load}.
 *
 * @param problem why the text could not be understood; empty when it could
 */
record DigestRequest(Kind kind, String cron, String zone, List<String> teams, List<String> sections, String problem) {

    enum Kind { PREVIEW, SUBSCRIBE, UNSUBSCRIBE, HELP }

    static DigestRequest parse(String text) {
        String normalized = (text == null ? "" : text).replace('“', '"').replace('”', '"').replace('„', '"').trim();
        String[] words = normalized.isEmpty() ? new String[0] : normalized.split("\\s+", 2);
        String verb = words.length == 0 ? "help" : words[0].toLowerCase(Locale.ROOT);
        return switch (verb) {
            case "preview" -> simple(Kind.PREVIEW);
            case "unsubscribe" -> simple(Kind.UNSUBSCRIBE);
            case "subscribe" -> subscribe(words.length > 1 ? words[1].trim() : "");
            case "help" -> simple(Kind.HELP);
            default -> new DigestRequest(Kind.HELP, "", "", List.of(), List.of(), "I don't know `" + words[0] + "`.");
        };
    }

    private static DigestRequest simple(Kind kind) {
        return new DigestRequest(kind, "", "", List.of(), List.of(), "");
    }

    private static DigestRequest subscribe(String rest) {
        String cron;
        List<String> after;
        if (rest.startsWith("\"")) {
            int close = rest.indexOf('"', 1);
            if (close < 0) {
                return invalid("The cron expression needs a closing quote.");
            }
            cron = rest.substring(1, close).trim();
            after = words(rest.substring(close + 1));
        } else {
            List<String> all = words(rest);
            if (all.size() < 6) {
                return invalid("Give a cron expression and a time zone.");
            }
            cron = String.join(" ", all.subList(0, 5));
            after = all.subList(5, all.size());
        }
        if (after.isEmpty()) {
            return invalid("Give a time zone after the cron expression, e.g. `Asia/Seoul`.");
        }
        if (after.size() > 3) {
            return invalid("Too many words after the time zone; teams and sections are comma lists without spaces.");
        }
        return new DigestRequest(Kind.SUBSCRIBE, cron, after.get(0), after.size() > 1 ? commas(after.get(1)) : List.of(),
                after.size() > 2 ? commas(after.get(2)) : List.of(), "");
    }

    private static DigestRequest invalid(String problem) {
        return new DigestRequest(Kind.SUBSCRIBE, "", "", List.of(), List.of(), problem);
    }

    private static List<String> words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(trimmed.split("\\s+")));
    }

    private static List<String> commas(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    boolean understood() {
        return problem.isEmpty();
    }
}
