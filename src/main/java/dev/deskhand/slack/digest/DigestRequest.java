package dev.deskhand.slack.digest;

import dev.deskhand.slack.text.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code /digest ...} asked for. {@code subscribe} takes the cron expression in quotes (Slack's curly quotes
 * too) or as five bare fields, then the IANA zone, then optionally teams and sections as comma lists, and anywhere
 * after the cron a language: {@code subscribe "0 9 * * MON-FRI" Asia/Seoul billing,technical sla,load lang:ko}.
 * The verbs have Korean twins: 미리보기, 구독, 구독해지, 도움말; {@code 언어:한국어} works as {@code lang:ko}.
 *
 * @param problem  the message key of why the text could not be understood; empty when it could
 * @param detail   the word the problem is about, if any
 * @param language the language asked for ({@code en}, {@code ko}), if any
 */
record DigestRequest(Kind kind, String cron, String zone, List<String> teams, List<String> sections, String problem,
                     String detail, Optional<String> language) {

    enum Kind { PREVIEW, SUBSCRIBE, UNSUBSCRIBE, HELP }

    static DigestRequest parse(String text) {
        String normalized = (text == null ? "" : text).replace('“', '"').replace('”', '"').replace('„', '"').trim();
        String[] words = normalized.isEmpty() ? new String[0] : normalized.split("\\s+", 2);
        String verb = words.length == 0 ? "help" : words[0].toLowerCase(Locale.ROOT);
        return switch (verb) {
            case "preview", "미리보기" -> simple(Kind.PREVIEW);
            case "unsubscribe", "구독해지", "구독취소" -> simple(Kind.UNSUBSCRIBE);
            case "subscribe", "구독" -> subscribe(words.length > 1 ? words[1].trim() : "");
            case "help", "도움말" -> simple(Kind.HELP);
            default -> new DigestRequest(Kind.HELP, "", "", List.of(), List.of(), "digest.problem.unknownVerb",
                    words[0], Optional.empty());
        };
    }

    private static DigestRequest simple(Kind kind) {
        return new DigestRequest(kind, "", "", List.of(), List.of(), "", "", Optional.empty());
    }

    private static DigestRequest subscribe(String text) {
        Optional<String> language = Optional.empty();
        List<String> kept = new ArrayList<>();
        for (String word : text.split(" ")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.startsWith("lang:") || word.startsWith("언어:")) {
                String asked = word.substring(word.indexOf(':') + 1);
                Optional<Language> parsed = Language.parse(asked);
                if (parsed.isEmpty()) {
                    return new DigestRequest(Kind.SUBSCRIBE, "", "", List.of(), List.of(), "digest.problem.language",
                            asked, Optional.empty());
                }
                language = Optional.of(parsed.get().code());
            } else {
                kept.add(word);
            }
        }
        DigestRequest request = schedule(String.join(" ", kept).trim());
        return new DigestRequest(request.kind(), request.cron(), request.zone(), request.teams(), request.sections(),
                request.problem(), request.detail(), language);
    }

    private static DigestRequest schedule(String rest) {
        String cron;
        List<String> after;
        if (rest.startsWith("\"")) {
            int close = rest.indexOf('"', 1);
            if (close < 0) {
                return invalid("digest.problem.closingQuote");
            }
            cron = rest.substring(1, close).trim();
            after = words(rest.substring(close + 1));
        } else {
            List<String> all = words(rest);
            if (all.size() < 6) {
                return invalid("digest.problem.cronAndZone");
            }
            cron = String.join(" ", all.subList(0, 5));
            after = all.subList(5, all.size());
        }
        if (after.isEmpty()) {
            return invalid("digest.problem.zone");
        }
        if (after.size() > 3) {
            return invalid("digest.problem.tooManyWords");
        }
        return new DigestRequest(Kind.SUBSCRIBE, cron, after.get(0), after.size() > 1 ? commas(after.get(1)) : List.of(),
                after.size() > 2 ? commas(after.get(2)) : List.of(), "", "", Optional.empty());
    }

    private static DigestRequest invalid(String problem) {
        return new DigestRequest(Kind.SUBSCRIBE, "", "", List.of(), List.of(), problem, "", Optional.empty());
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
