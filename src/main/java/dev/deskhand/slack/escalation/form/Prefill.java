package dev.deskhand.slack.escalation.form;

import dev.deskhand.escalation.Severity;

/**
 * What the escalation modal opens with; {@code null} fields stay empty. {@code channel} is where the requester
 * started, so the confirmation can be shown there; {@code gap} is the question of a search without a good answer
 * the requester escalated from, linked to the escalation once it exists; {@code articleLink} the article's title as
 * a mrkdwn link, shown under the article field (an input holds plain text only).
 */
record Prefill(String customer, String tier, String ticket, Severity severity, String team, String summary,
               String tried, String article, String channel, String gap, String articleLink) {

    /** Without a linked article. */
    Prefill(String customer, String tier, String ticket, Severity severity, String team, String summary,
            String tried, String article, String channel, String gap) {
        this(customer, tier, ticket, severity, team, summary, tried, article, channel, gap, null);
    }

    /** Not from a knowledge-base miss. */
    Prefill(String customer, String tier, String ticket, Severity severity, String team, String summary,
            String tried, String article, String channel) {
        this(customer, tier, ticket, severity, team, summary, tried, article, channel, null);
    }

    static Prefill empty(String channel) {
        return new Prefill(null, null, null, null, null, null, null, null, channel);
    }
}
