package dev.deskhand.slack.text;

/**
 * Port: who reads a message. A person reads in their Slack locale and time zone ({@code users.info}, cached), or
 * the workspace default when Slack does not say or cannot be asked; a channel reads in its team's language.
 */
public interface Readers {

    /** The reader behind a Slack user id. */
    Reader user(String userId);

    /** Everyone in a channel: the language set for the team that works there, else the workspace default. */
    Reader channel(String channelId);

    /** Always the same reader, for tests and for a workspace that speaks one language. */
    static Readers fixed(Reader reader) {
        return new Readers() {
            @Override
            public Reader user(String userId) {
                return reader;
            }

            @Override
            public Reader channel(String channelId) {
                return reader;
            }
        };
    }
}
