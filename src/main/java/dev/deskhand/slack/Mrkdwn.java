package dev.deskhand.slack;

/**
 * Makes user text safe to echo in Slack mrkdwn: {@code &}, {@code <} and {@code >} are entity-escaped, so
 * {@code <!channel>}, {@code <@U123>} and {@code <http://evil|click>} show as text instead of pinging or linking.
 * Also the one place that emphasises text ({@link #bold}, {@link #italic}, {@link #code}), so Korean renders.
 */
public final class Mrkdwn {

    /**
     * Slack only honours {@code *}, {@code _}, {@code ~} and backticks at a word boundary, and Korean particles attach
     * straight to the word ({@code *환불*합니다} shows its asterisks). A zero-width space on each side of the markers
     * is a boundary Slack accepts and nobody sees.
     */
    static final char BOUNDARY = '\u200B';

    private Mrkdwn() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped and cut to {@code max} characters with an ellipsis, for fields with Slack length limits. */
    public static String escape(String text, int max) {
        String escaped = escape(text);
        return escaped.length() <= max ? escaped : escaped.substring(0, Math.max(0, max - 1)) + "…";
    }

    /**
     * A link whose URL and label may be user text: both get {@link #escape} ({@code &}, {@code <}, {@code >}), so
     * neither can close the link early or open a mention; a {@code |} in the URL is percent-encoded and one in the
     * label (which Slack would take as the separator) becomes {@code ¦}.
     */
    public static String link(String url, String label) {
        return "<" + escape(url).replace("|", "%7C") + "|" + escape(label).replace("|", "¦") + ">";
    }

    /** {@code escaped} in bold wherever it sits, even inside a Korean word; see {@link #BOUNDARY}. */
    public static String bold(String escaped) {
        return emphasis('*', escaped);
    }

    /** {@code escaped} in italics wherever it sits; see {@link #bold}. */
    public static String italic(String escaped) {
        return emphasis('_', escaped);
    }

    /** {@code escaped} as inline code wherever it sits; see {@link #bold}. */
    public static String code(String escaped) {
        return emphasis('`', escaped);
    }

    /**
     * Marks the run without its surrounding spaces (Slack ignores a marker next to a space on the inside). A run that
     * cannot be marked (it holds the marker itself or a line break) comes back plain rather than with stray markers.
     */
    private static String emphasis(char marker, String text) {
        if (text == null) {
            return "";
        }
        String run = text.strip();
        if (run.isEmpty() || run.indexOf(marker) >= 0 || run.indexOf('\n') >= 0) {
            return text;
        }
        int start = text.indexOf(run);
        return text.substring(0, start) + BOUNDARY + marker + run + marker + BOUNDARY
                + text.substring(start + run.length());
    }
}
