package dev.deskhand.paging.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.paging.Page;
import dev.deskhand.paging.PageAction;
import dev.deskhand.paging.PageResult;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Opsgenie's Alert API: create with {@code POST {base}/v2/alerts}, close with
 * {@code POST {base}/v2/alerts/{alias}/close?identifierType=alias}, the escalation key as the alias (Opsgenie keeps
 * one open alert per alias, so a repeated create is folded into it), authorised by {@code GenieKey}.
 */
final class OpsgenieAlerts {
    /** Opsgenie's limits for {@code message} and {@code description}. */
    static final int MAX_MESSAGE = 130;
    static final int MAX_DESCRIPTION = 15000;

    private final Exchange exchange;
    private final URI base;

    OpsgenieAlerts(Exchange exchange, URI base) {
        this.exchange = exchange;
        this.base = base;
    }

    PageResult send(Page page, String apiKey) {
        Map<String, String> auth = Map.of("Authorization", "GenieKey " + apiKey);
        if (page.action() == PageAction.RESOLVE) {
            ObjectNode close = Exchange.JSON.createObjectNode().put("source", "deskhand").put("user", "Deskhand");
            URI uri = URI.create(base + "/v2/alerts/" + URLEncoder.encode(page.dedupKey(), StandardCharsets.UTF_8)
                    + "/close?identifierType=alias");
            return exchange.post(uri, auth, close, apiKey);
        }
        ObjectNode alert = Exchange.JSON.createObjectNode();
        alert.put("message", PagerDutyEvents.cut(page.headline(), MAX_MESSAGE));
        alert.put("alias", page.dedupKey());
        alert.put("description", PagerDutyEvents.cut(page.summary(), MAX_DESCRIPTION));
        // Opsgenie's P1..P5; Deskhand's four severities map onto the first four.
        alert.put("priority", page.severity().name());
        alert.put("source", "deskhand");
        alert.put("entity", page.team());
        alert.putArray("tags").add("deskhand").add(page.team());
        ObjectNode details = alert.putObject("details");
        details.put("escalation", page.dedupKey());
        details.put("team", page.teamName());
        PagerDutyEvents.putIfPresent(details, "customer", page.customer());
        PagerDutyEvents.putIfPresent(details, "tier", page.tier());
        PagerDutyEvents.putIfPresent(details, "ticket", page.ticket());
        page.cardLink().ifPresent(link -> details.put("slack_card", link));
        return exchange.post(URI.create(base + "/v2/alerts"), auth, alert, apiKey);
    }
}
