package dev.deskhand.slack.escalation;

import dev.deskhand.escalation.Severity;

/**
 * What the escalation modal opens with; {@code null} fields stay empty. {@code channel} is where the requester
 * started, so the confirmation can be shown there.
 */
record Prefill(String customer, String tier, String ticket, Severity severity, String team, String summary,
               String tried, String article, String channel) {

    static Prefill empty(String channel) {
        return new Prefill(null, null, null, null, null, null, null, null, channel);
    }
}
