package dev.deskhand.slack.kb;

import java.util.regex.Pattern;

/** The question inside a mention or DM: user mentions removed, Slack's link markup reduced to its label. */
final class MentionText {

    private static final Pattern USER_MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");
    private static final Pattern LABELLED_LINK = Pattern.compile("<[^>|]+\\|([^>]*)>");
    private static final Pattern BARE_LINK = Pattern.compile("<([^>]*)>");

    private MentionText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String withoutMentions = USER_MENTION.matcher(text).replaceAll(" ");
        String labels = LABELLED_LINK.matcher(withoutMentions).replaceAll("$1");
        String bare = BARE_LINK.matcher(labels).replaceAll("$1");
        return bare.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }
}
