package dev.deskhand.escalation;

import java.util.Objects;

/**
 * What a requester hands over, before it has a key. Optional fields are {@code null} when not given.
 *
 * @param customer       customer or account name (optional)
 * @param tier           configured tier id
 * @param ticket         ticket id ({@code ACME-1234}, {@code #12345}) or URL
 * @param severity       how bad it is
 * @param team           configured team id the escalation is routed to
 * @param summary        what is wrong, in the requester's words
 * @param tried          what has been tried already (optional)
 * @param relatedArticle knowledge-base article id (optional)
 * @param requester      Slack user id of the person escalating
 */
public record NewEscalation(String customer, String tier, String ticket, Severity severity, String team,
                            String summary, String tried, String relatedArticle, String requester) {
    public NewEscalation {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(requester, "requester");
    }
}
