package dev.deskhand.slack.text;

/**
 * The words Deskhand says to one audience: {@code voice.user(id)} for a private reply, {@code voice.channel(id)}
 * for what a whole channel sees. Handlers hold one of these instead of the bundles and the readers apart.
 */
public record Voice(Messages messages, Readers readers) {

    public Texts user(String userId) {
        return messages.in(readers.user(userId));
    }

    public Texts channel(String channelId) {
        return messages.in(readers.channel(channelId));
    }

    public Texts in(Language language) {
        return messages.in(language);
    }

    /** One language for everybody, for tests and tools. */
    public static Voice fixed(Language language) {
        return new Voice(new Messages(), Readers.fixed(Reader.of(language)));
    }
}
