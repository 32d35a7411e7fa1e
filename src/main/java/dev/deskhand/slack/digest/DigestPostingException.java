package dev.deskhand.slack.digest;

/** Slack refused or failed a digest call; the message names the method, the channel and Slack's error. */
public final class DigestPostingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DigestPostingException(String message, Throwable cause) {
        super(message, cause);
    }
}
