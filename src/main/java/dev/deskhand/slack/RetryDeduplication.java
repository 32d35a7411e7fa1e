package dev.deskhand.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles each Events API delivery once across all replicas: the {@code event_id} is recorded before the handler
 * runs, and a delivery whose id was seen before (Slack's retries, {@code X-Slack-Retry-Num}) is acknowledged
 * without running it again.
 */
final class RetryDeduplication implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(RetryDeduplication.class);

    private final EventReceipts receipts;
    private final Clock clock;
    private final ObjectMapper json;

    RetryDeduplication(EventReceipts receipts, Clock clock, ObjectMapper json) {
        this.receipts = receipts;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.getRequestType() != RequestType.Event) {
            return chain.next(req);
        }
        JsonNode eventId = json.readTree(req.getRequestBodyAsString()).path("event_id");
        if (!eventId.isTextual() || receipts.firstDelivery(eventId.asText(), clock.instant())) {
            return chain.next(req);
        }
        log.info("Event {} was already handled; acknowledging the redelivery without handling it", eventId.asText());
        return Response.ok();
    }
}
