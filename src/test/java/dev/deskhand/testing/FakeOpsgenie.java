package dev.deskhand.testing;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Opsgenie's Alert API stand-in: {@code POST /v2/alerts} (create: {@code message} of at most 130 characters, optional
 * {@code alias}, {@code priority} P1..P5) and {@code POST /v2/alerts/{identifier}/close?identifierType=alias}, both
 * authorised with {@code Authorization: GenieKey <key>} and answered 202 with a {@code requestId}; a missing or wrong
 * key gets 401, invalid fields 422.
 */
public final class FakeOpsgenie extends PagingStandIn {
    private static final Set<String> PRIORITIES = Set.of("P1", "P2", "P3", "P4", "P5");

    private final String apiKey;
    private final AtomicLong requests = new AtomicLong(1);

    /** @param apiKey the one key this account accepts */
    public FakeOpsgenie(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    protected Answer answer(Call call) {
        if (!("GenieKey " + apiKey).equals(call.authorization())) {
            return new Answer(401, object().put("message", "Could not authenticate").put("took", 0.0)
                    .put("requestId", requestId()));
        }
        if ("/v2/alerts".equals(call.path())) {
            String message = call.body().path("message").asText();
            if (message.isEmpty() || message.length() > 130) {
                return invalid("Message can not be empty and can be at most 130 characters");
            }
            if (call.body().has("priority") && !PRIORITIES.contains(call.body().path("priority").asText())) {
                return invalid("Priority should be one of [P1, P2, P3, P4, P5]");
            }
        } else if (!(call.path().startsWith("/v2/alerts/") && call.path().endsWith("/close"))) {
            return new Answer(404, object().put("message", "Not found"));
        }
        return new Answer(202, object().put("result", "Request will be processed").put("took", 0.01)
                .put("requestId", requestId()));
    }

    private Answer invalid(String message) {
        return new Answer(422, object().put("message", message).put("took", 0.0).put("requestId", requestId()));
    }

    private String requestId() {
        return "00000000-0000-4000-8000-" + String.format("%012d", requests.getAndIncrement());
    }
}
