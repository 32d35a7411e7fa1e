package dev.deskhand.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads mrkdwn the way Slack formats it, as a test oracle: which marker pairs become bold, italic or strikethrough,
 * and which marker characters are left on screen as typed. It is the same rule, written the same way, as the
 * playground's mrkdwn.js: a pair formats only when the opening marker starts the text or follows whitespace,
 * a zero-width space, punctuation or a symbol, and the closing one ends the text or is followed by one of those; code
 * and links are read first and their insides are never formatted. Unlike {@link MarkerBoundaries}, which pairs
 * markers naively, this knows a range tilde in {@code 1~3영업일} or {@code 11월 말~12월} is text, not a marker.
 */
public final class SlackMarkers {

    private static final String EDGE = "\\s\\u200B\\p{P}\\p{S}";
    private static final Pattern INLINE = Pattern.compile(String.join("|",
            "(" + marked("`", "[^`\\n]+") + ")",
            "(<[^<>\\n]+>)",
            "(" + marked("\\*", run("*")) + ")",
            "(" + marked("_", run("_")) + ")",
            "(" + marked("~", run("~")) + ")",
            "(:[a-z0-9_+\\-]+:)"), Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern QUOTE = Pattern.compile("^(&gt;|>)\\s?");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)([•◦▪\\-*]|\\d+[.)])\\s+(.*)$");

    /** A formatted run: its marker ({@code *}, {@code _} or {@code ~}) and the text between the markers. */
    public record Span(char marker, String inner) {
    }

    /** A marker character Slack shows as typed, with the characters either side (0 at an edge of the line). */
    public record Raw(char marker, char before, char after, String context) {

        public boolean besideHangul() {
            return hangul(before) || hangul(after);
        }
    }

    /** What one mrkdwn text turns into: the runs Slack formats, in reading order, and the markers it leaves raw. */
    public record Reading(List<Span> spans, List<Raw> raw) {

        public List<String> inners(char marker) {
            return spans.stream().filter(s -> s.marker() == marker).map(Span::inner).toList();
        }
    }

    private SlackMarkers() {
    }

    private static String marked(String marker, String inner) {
        return "(?<![^" + EDGE + "])(?<!" + marker + ")" + marker + inner + marker + "(?![^" + EDGE + "])(?!" + marker
                + ")";
    }

    /** Inside a character class none of the three markers needs escaping. */
    private static String run(String marker) {
        return "[^\\s" + marker + "](?:[^" + marker + "\\n]*?[^\\s" + marker + "])?";
    }

    public static Reading read(String mrkdwn) {
        List<Span> spans = new ArrayList<>();
        List<Raw> raw = new ArrayList<>();
        String text = mrkdwn.replaceAll("(?s)```.*?```", " ");
        for (String line : text.split("\n", -1)) {
            Matcher quote = QUOTE.matcher(line);
            if (quote.find()) {
                line = line.substring(quote.end());
            } else {
                Matcher bullet = BULLET.matcher(line);
                if (bullet.matches() && !(bullet.group(2).equals("*") && bullet.group(3).contains("*"))) {
                    line = bullet.group(3);
                }
            }
            inline(line, spans, raw);
        }
        return new Reading(List.copyOf(spans), List.copyOf(raw));
    }

    private static void inline(String text, List<Span> spans, List<Raw> raw) {
        Matcher m = INLINE.matcher(text);
        int last = 0;
        while (m.find()) {
            leftovers(text, last, m.start(), raw);
            int marker = m.group(3) != null ? 3 : m.group(4) != null ? 4 : m.group(5) != null ? 5 : 0;
            if (marker > 0) {
                String token = m.group();
                spans.add(new Span(token.charAt(0), token.substring(1, token.length() - 1)));
                inline(token.substring(1, token.length() - 1), spans, raw);
            }
            last = m.end();
        }
        leftovers(text, last, text.length(), raw);
    }

    private static void leftovers(String text, int from, int to, List<Raw> raw) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '_' || c == '~') {
                raw.add(new Raw(c, i > 0 ? text.charAt(i - 1) : 0, i + 1 < text.length() ? text.charAt(i + 1) : 0,
                        text.substring(Math.max(0, i - 8), Math.min(text.length(), i + 9))));
            }
        }
    }

    static boolean hangul(char c) {
        return c != 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }
}
