package dev.deskhand.slack.escalation;

/** Slack answered a Web API call with {@code ok: false}; the message names the method and Slack's error code. */
final class SlackCallFailed extends RuntimeException {
    SlackCallFailed(String method, String error) {
        super(method + " failed: " + error);
    }
}
