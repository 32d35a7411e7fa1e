package dev.deskhand.slack.digest;

import dev.deskhand.slack.text.Texts;
import java.util.List;

/**
 * Joins lines into one Block Kit text without passing Slack's 3,000-character limit: lines that do not fit (or
 * beyond {@code maxLines}) are summarised as "…and N more" instead of failing the message.
 */
final class TextBudget {

    static final int SLACK_TEXT_LIMIT = 3000;
    // Room for the summary line itself.
    private static final int MARGIN = 40;

    private TextBudget() {
    }

    static String join(String heading, List<String> lines, int maxLines, Texts texts) {
        StringBuilder text = new StringBuilder(heading);
        int shown = 0;
        for (String line : lines) {
            if (shown == maxLines || text.length() + 1 + line.length() > SLACK_TEXT_LIMIT - MARGIN) {
                break;
            }
            text.append('\n').append(line);
            shown++;
        }
        if (shown < lines.size()) {
            text.append('\n').append(texts.get("digest.more", "count", lines.size() - shown));
        }
        return text.toString();
    }
}
