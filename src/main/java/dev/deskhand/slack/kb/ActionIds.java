package dev.deskhand.slack.kb;

/** Block action ids of the answer buttons; the handlers are registered under the same ids. */
final class ActionIds {

    static final String SHARE = "kb_share";
    static final String HELPFUL = "kb_helpful";
    static final String NOT_HELPFUL = "kb_not_helpful";
    static final String REASON_PREFIX = "kb_reason:";
    static final String MORE = "kb_more";
    static final String ESCALATE = "kb_escalate";
    /** Followed by the closest title's position: action ids must differ within one block. */
    static final String OPEN_CLOSEST_PREFIX = "kb_open_closest:";

    private ActionIds() {
    }
}
