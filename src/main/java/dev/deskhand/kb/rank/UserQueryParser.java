package dev.deskhand.kb.rank;

import dev.deskhand.kb.ArticleType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the little query language ({@code type:}, {@code tag:}, {@code lang:} and "quoted phrases") by hand, so
 * user text never reaches a Lucene query parser: every character is just text.
 */
final class UserQueryParser {

    /** A pasted e-mail must not become a 5,000-clause query; the first words carry the question. */
    static final int MAX_WORDS = 48;
    private static final int MAX_CHARS = 2_000;

    private static final Pattern FILTER = Pattern.compile("(?i)(type|tag|lang):(\\S+)");
    /** Slack's own markup for mentions and broadcasts, e.g. {@code <!channel>} or {@code <@U123|sam>}. */
    private static final Pattern SPACE_OR_CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Z}\\s]+");
    private static final Pattern SLACK_MARKUP = Pattern.compile("<[!@#][^>\\s]*>");

    UserQuery parse(String raw) {
        String text = raw == null ? "" : raw;
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
        }
        text = SLACK_MARKUP.matcher(text).replaceAll(" ");
        text = SPACE_OR_CONTROL.matcher(text).replaceAll(" ").strip();
        text = text.replace('\u201C', '"').replace('\u201D', '"');
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        Optional<ArticleType> type = Optional.empty();
        List<String> tags = new ArrayList<>();
        Optional<String> lang = Optional.empty();
        int i = 0;
        while (i < text.length() && words.size() < MAX_WORDS) {
            if (text.charAt(i) == ' ') {
                i++;
                continue;
            }
            int close = text.charAt(i) == '"' ? text.indexOf('"', i + 1) : -1;
            if (close > i) {
                String phrase = text.substring(i + 1, close).strip();
                if (!phrase.isEmpty()) {
                    phrases.add(phrase);
                    words.add(phrase);
                }
                i = close + 1;
                continue;
            }
            int end = text.indexOf(' ', i);
            end = end < 0 ? text.length() : end;
            String word = text.substring(i, end);
            i = end;
            Matcher filter = FILTER.matcher(word);
            if (filter.matches()) {
                String key = filter.group(1).toLowerCase(Locale.ROOT);
                String value = filter.group(2).toLowerCase(Locale.ROOT);
                if (key.equals("type") && typeOf(value).isPresent()) {
                    type = typeOf(value);
                    continue;
                }
                if (key.equals("lang") && (value.equals("en") || value.equals("ko"))) {
                    lang = Optional.of(value);
                    continue;
                }
                if (key.equals("tag")) {
                    tags.add(value);
                    continue;
                }
            }
            words.add(word.replace("\"", " "));
        }
        String normalized = text.toLowerCase(Locale.ROOT);
        return new UserQuery(normalized.length() > 500 ? normalized.substring(0, 500) : normalized,
                String.join(" ", words), List.copyOf(phrases), type, List.copyOf(tags), lang);
    }

    private static Optional<ArticleType> typeOf(String value) {
        for (ArticleType t : ArticleType.values()) {
            if (t.key().equals(value)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
