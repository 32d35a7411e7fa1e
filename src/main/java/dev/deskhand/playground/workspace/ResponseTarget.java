package dev.deskhand.playground.workspace;

/**
 * Where a {@code response_url} answers: the conversation and user of the command or action that carried it, and
 * the message it came from (which {@code replace_original}/{@code delete_original} change).
 *
 * @param channel    channel id
 * @param user       who ran the command or clicked
 * @param originalTs the message the action was on (for a command, its first ephemeral answer), or null
 */
public record ResponseTarget(String channel, String user, String originalTs) {

    ResponseTarget withOriginal(String ts) {
        return new ResponseTarget(channel, user, ts);
    }
}
