package dev.deskhand.slack.text;

/**
 * Port: the language and time zone of a Slack user (their {@code users.info} locale and tz, cached), or the
 * workspace default when Slack does not say or cannot be asked.
 */
public interface Readers {

    Reader user(String userId);

    /** Always the same reader, for tests and for a workspace that speaks one language. */
    static Readers fixed(Reader reader) {
        return userId -> reader;
    }
}
