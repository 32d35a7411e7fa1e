package dev.deskhand.playground.standin;

/** A Web API call refused with Slack's error code (and, for malformed blocks, the reason Slack would give). */
final class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final String error;

    Refusal(String error, String detail) {
        super(detail, null, false, false);
        this.error = error;
    }

    String error() {
        return error;
    }
}
