package dev.deskhand.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds emphasis markers Slack would show as raw characters next to Korean text. Slack honours {@code *}, {@code _}
 * and {@code ~} only when the opening one follows a non-letter and the closing one precedes a non-letter (the same
 * rule as the playground's mrkdwn.js); a marker touching a Hangul letter on its outer side, or a lone marker beside
 * Hangul, is shown as is.
 */
public final class MarkerBoundaries {

    private MarkerBoundaries() {
    }

    /** Each offending marker with a little context; empty when every marker beside Hangul will render. */
    public static List<String> rawMarkersBesideHangul(String mrkdwn) {
        List<String> problems = new ArrayList<>();
        for (String line : mrkdwn.split("\n")) {
            String text = withoutCodeAndLinks(line);
            for (char marker : new char[] {'*', '_', '~'}) {
                int open = -1;
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) != marker) {
                        continue;
                    }
                    if (open < 0) {
                        open = i;
                        continue;
                    }
                    if (hangul(text, open - 1) || hangul(text, i + 1)) {
                        problems.add(context(text, open, i));
                    }
                    open = -1;
                }
                if (open >= 0 && (hangul(text, open - 1) || hangul(text, open + 1))) {
                    problems.add(context(text, open, open));
                }
            }
        }
        return problems;
    }

    private static String withoutCodeAndLinks(String line) {
        // Emoji shortcodes (:rotating_light:) render as emoji, so their underscores are no markers.
        return line.replaceAll("`[^`]*`", " ").replaceAll("<[^<>]*>", " ").replaceAll(":[a-z0-9_+-]+:", " ");
    }

    private static boolean hangul(String text, int at) {
        return at >= 0 && at < text.length()
                && Character.UnicodeScript.of(text.charAt(at)) == Character.UnicodeScript.HANGUL;
    }

    private static String context(String text, int from, int to) {
        return text.substring(Math.max(0, from - 6), Math.min(text.length(), to + 7));
    }
}
