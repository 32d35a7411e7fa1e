package dev.deskhand.playground.client;

import dev.deskhand.playground.workspace.Directory;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Slack's client makes of a typed message before the app sees it: {@code &}, {@code <}, {@code >} escaped,
 * {@code @name} turned into a user mention and {@code #name} into a channel link, when they name someone or
 * somewhere that exists.
 */
final class UserText {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([a-z0-9._-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANNEL = Pattern.compile("(?<![\\w#&])#([a-z0-9_-]+)", Pattern.CASE_INSENSITIVE);

    private UserText() {
    }

    /** The text as Slack would store it. */
    static String encode(String typed, Directory directory) {
        String escaped = typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        Matcher users = MENTION.matcher(escaped);
        StringBuilder withUsers = new StringBuilder();
        while (users.find()) {
            String handle = users.group(1).toLowerCase(Locale.ROOT);
            String replacement = handle.equals(Directory.BOT.handle()) ? "<@" + Directory.BOT_USER_ID + ">"
                    : directory.people().stream().filter(p -> p.handle().equals(handle)).findFirst()
                            .map(p -> "<@" + p.id() + ">").orElse(users.group());
            users.appendReplacement(withUsers, Matcher.quoteReplacement(replacement));
        }
        users.appendTail(withUsers);
        Matcher channels = CHANNEL.matcher(withUsers.toString());
        StringBuilder out = new StringBuilder();
        while (channels.find()) {
            String name = channels.group(1).toLowerCase(Locale.ROOT);
            String replacement = directory.channels().stream().filter(c -> !c.isIm() && c.name().equals(name))
                    .findFirst().map(c -> "<#" + c.id() + "|" + c.name() + ">").orElse(channels.group());
            channels.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        channels.appendTail(out);
        return out.toString();
    }

    static boolean mentionsBot(String encoded) {
        return encoded.contains("<@" + Directory.BOT_USER_ID + ">");
    }
}
