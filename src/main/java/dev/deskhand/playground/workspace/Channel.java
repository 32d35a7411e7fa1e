package dev.deskhand.playground.workspace;

/**
 * A conversation in the playground workspace.
 *
 * @param id    Slack-style id ({@code C…} for channels, {@code D…} for the direct message with Deskhand)
 * @param name  name without the {@code #}
 * @param kind  channel or direct message
 */
public record Channel(String id, String name, Kind kind) {

    enum Kind { CHANNEL, IM }

    public static Channel channel(String id, String name) {
        return new Channel(id, name, Kind.CHANNEL);
    }

    public boolean isIm() {
        return kind == Kind.IM;
    }
}
