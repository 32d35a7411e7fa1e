package dev.deskhand.paging.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.escalation.Severity;
import dev.deskhand.paging.Page;
import dev.deskhand.paging.PageAction;
import dev.deskhand.paging.PageResult;
import java.net.URI;
import java.util.Map;

/**
 * PagerDuty's Events API v2: {@code POST {base}/v2/enqueue} with the routing key in the body, {@code trigger} or
 * {@code resolve}, and the escalation key as {@code dedup_key}, so PagerDuty folds a repeated trigger into the same
 * alert and resolves exactly it.
 */
final class PagerDutyEvents {
    /** PagerDuty's limit for {@code payload.summary}. */
    static final int MAX_SUMMARY = 1024;

    private final Exchange exchange;
    private final URI enqueue;

    PagerDutyEvents(Exchange exchange, URI base) {
        this.exchange = exchange;
        this.enqueue = URI.create(base + "/v2/enqueue");
    }

    PageResult send(Page page, String routingKey) {
        ObjectNode event = Exchange.JSON.createObjectNode();
        event.put("routing_key", routingKey);
        event.put("event_action", page.action() == PageAction.TRIGGER ? "trigger" : "resolve");
        event.put("dedup_key", page.dedupKey());
        if (page.action() == PageAction.TRIGGER) {
            ObjectNode payload = event.putObject("payload");
            payload.put("summary", cut(page.headline(), MAX_SUMMARY));
            payload.put("source", "deskhand");
            payload.put("severity", severity(page.severity()));
            payload.put("component", page.team());
            payload.put("group", "deskhand");
            payload.put("class", "escalation");
            ObjectNode details = payload.putObject("custom_details");
            details.put("escalation", page.dedupKey());
            details.put("severity", page.severity().name());
            details.put("team", page.teamName());
            details.put("summary", page.summary());
            putIfPresent(details, "customer", page.customer());
            putIfPresent(details, "tier", page.tier());
            putIfPresent(details, "ticket", page.ticket());
            page.cardLink().ifPresent(link -> {
                details.put("slack_card", link);
                event.putArray("links").addObject().put("href", link).put("text", page.dedupKey() + " (Slack)");
            });
            event.put("client", "Deskhand");
        }
        return exchange.post(enqueue, Map.of(), event, routingKey);
    }

    /** P1 critical, P2 error, P3 warning, P4 info: PagerDuty's four levels, so its urgency rules can tell. */
    static String severity(Severity severity) {
        return switch (severity) {
            case P1 -> "critical";
            case P2 -> "error";
            case P3 -> "warning";
            case P4 -> "info";
        };
    }

    static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
