package dev.deskhand.slack;

/**
 * Makes user text safe to echo in Slack mrkdwn: {@code &}, {@code <} and {@code >} are entity-escaped, so
 * {@code <!channel>}, {@code <@U123>} and {@code <http://evil|click>} show as text instead of pinging or linking.
 */
public final class Mrkdwn {

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

    /** A link whose label is user text: the label is escaped and may not contain the {@code |} separator. */
    public static String link(String url, String label) {
        return "<" + url.replace(">", "%3E").replace("|", "%7C") + "|" + escape(label).replace("|", "¦") + ">";
    }
}
