package dev.deskhand.slack;

import java.util.Set;

/**
 * Which Slack Web API error codes cannot pass by waiting. Retrying them only repeats the failure, so a delivery
 * that meets one stops and shows the error to someone who can fix it. The same fixed set names the error in
 * metrics, so a label never carries a code Slack made up yesterday ({@code other}).
 */
public final class SlackErrors {

    /** The code recorded for a thread reply whose card was never posted. */
    public static final String CARD_NOT_POSTED = "card_not_posted";

    /** The channel is gone, archived or closed to the app: a card meant for it needs another place. */
    private static final Set<String> CHANNEL_GONE = Set.of("channel_not_found", "not_in_channel", "is_archived");

    /** The message a reply or an update refers to no longer exists. */
    private static final Set<String> THREAD_GONE = Set.of("thread_not_found", "message_not_found");

    private static final Set<String> PERMANENT = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "thread_not_found", "message_not_found", "cant_update_message", "edit_window_closed", "invalid_auth",
            "not_authed", "account_inactive", "token_revoked", "token_expired", "missing_scope", "no_permission",
            "restricted_action", "invalid_blocks", "msg_too_long", "user_not_found", "cannot_dm_bot",
            // Ours, not Slack's: a thread reply whose card was itself given up has nowhere to go.
            CARD_NOT_POSTED);

    private static final Set<String> TOKEN = Set.of("invalid_auth", "not_authed", "account_inactive",
            "token_revoked", "token_expired");

    /** Who can fix a permanent error, and roughly how. */
    public enum Remedy {
        /** Invite the app to the channel, unarchive it, or correct the channel id in the settings. */
        CHANNEL,
        /** The message it refers to was deleted; nothing to fix. */
        THREAD,
        /** The bot token no longer works: reinstall the app and update {@code SLACK_BOT_TOKEN}. */
        TOKEN,
        /** The app lacks a permission: reinstall it with the scopes the README lists. */
        SCOPE,
        /** Anything else. */
        OTHER
    }

    private SlackErrors() {
    }

    /** True when waiting cannot help: the call will fail the same way until someone changes something. */
    public static boolean isPermanent(String error) {
        return error != null && PERMANENT.contains(error);
    }

    public static boolean channelGone(String error) {
        return error != null && CHANNEL_GONE.contains(error);
    }

    public static boolean threadGone(String error) {
        return error != null && THREAD_GONE.contains(error);
    }

    public static Remedy remedy(String error) {
        if (channelGone(error)) {
            return Remedy.CHANNEL;
        }
        if (threadGone(error) || CARD_NOT_POSTED.equals(error)) {
            return Remedy.THREAD;
        }
        if (error != null && TOKEN.contains(error)) {
            return Remedy.TOKEN;
        }
        return "missing_scope".equals(error) || "no_permission".equals(error) ? Remedy.SCOPE : Remedy.OTHER;
    }

    /** The error as a metric label: one of the known permanent codes, else {@code other}. */
    public static String label(String error) {
        return isPermanent(error) ? error : "other";
    }
}
