package dev.deskhand.paging;

import dev.deskhand.escalation.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * One call to a paging service, as the {@link Pager} port takes it. Carries no key: the adapter holds the keys and
 * picks the team's.
 *
 * @param dedupKey  the escalation key ({@code ESC-12}): PagerDuty's {@code dedup_key}, Opsgenie's {@code alias}, so a
 *                  repeated call never opens a second incident
 * @param team      whose key pages (the team the page was opened for)
 * @param teamName  the team's display name
 * @param summary   the escalation's summary, as the requester wrote it (plain text)
 * @param cardLink  the Slack card's permalink, when the card is posted
 */
public record Page(PageAction action, PagingService service, String dedupKey, String team, String teamName,
                   Severity severity, String summary, String customer, String tier, String ticket,
                   Optional<String> cardLink) {
    public Page {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        cardLink = cardLink == null ? Optional.empty() : cardLink;
    }

    /** One line for the on-call's phone: key, severity, team and the summary; data only, no sentences. */
    public String headline() {
        return dedupKey + " " + severity + " " + (teamName == null ? team : teamName) + ": " + summary;
    }
}
