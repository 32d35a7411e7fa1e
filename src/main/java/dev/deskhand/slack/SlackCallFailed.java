package dev.deskhand.slack;

/** Slack answered a Web API call with {@code ok: false}; the message names the method and Slack's error code. */
public final class SlackCallFailed extends RuntimeException {
    private final String method;
    private final String error;

    public SlackCallFailed(String method, String error) {
        super(method + " failed: " + error);
        this.method = method;
        this.error = error;
    }

    String method() {
        return method;
    }

    /** Slack's error code, e.g. {@code channel_not_found}. */
    public String error() {
        return error;
    }
}
