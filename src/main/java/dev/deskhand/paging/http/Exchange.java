package dev.deskhand.paging.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deskhand.paging.PageResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * One JSON POST to a paging service and what its status means: 2xx accepted; 429 wait as told ({@code Retry-After},
 * else {@link #DEFAULT_WAIT}); 408, 5xx, timeouts and network errors may pass; any other 4xx never will (a wrong or
 * revoked key, a malformed event). Errors quote the service's message, never the key.
 */
final class Exchange {
    static final ObjectMapper JSON = new ObjectMapper();
    /** PagerDuty's 429 need not say how long; this is a polite first wait. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);
    private static final int MAX_ERROR = 200;

    private final HttpClient client;
    private final Duration readTimeout;

    Exchange(HttpClient client, Duration readTimeout) {
        this.client = client;
        this.readTimeout = readTimeout;
    }

    PageResult post(URI uri, Map<String, String> headers, JsonNode body, String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(readTimeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new PageResult.Failed(scrub(e.getClass().getSimpleName() + ": " + e.getMessage(), secret));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PageResult.Failed("interrupted");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new PageResult.Accepted();
        }
        if (status == 429) {
            return new PageResult.RateLimited(retryAfter(response));
        }
        String error = scrub("HTTP " + status + message(response.body()), secret);
        return status == 408 || status >= 500 ? new PageResult.Failed(error) : new PageResult.Rejected(error);
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).filter(v -> v.matches("\\d{1,6}"))
                .map(seconds -> Duration.ofSeconds(Math.max(1, Long.parseLong(seconds)))).orElse(DEFAULT_WAIT);
    }

    /** ": invalid event: Event object is invalid (…)" from either service's error body, or nothing. */
    private static String message(String body) {
        try {
            JsonNode json = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
            StringBuilder out = new StringBuilder();
            if (json.hasNonNull("status") && json.get("status").isTextual()) {
                out.append(": ").append(json.get("status").asText());
            }
            if (json.hasNonNull("message")) {
                out.append(": ").append(json.get("message").asText());
            }
            if (json.has("errors") && json.get("errors").isArray() && !json.get("errors").isEmpty()) {
                out.append(" (").append(json.get("errors").get(0).asText()).append(')');
            }
            return out.length() > MAX_ERROR ? out.substring(0, MAX_ERROR) : out.toString();
        } catch (IOException notJson) {
            return "";
        }
    }

    /** A service may echo what it was sent; the key never reaches a log or the database. */
    private static String scrub(String text, String secret) {
        return secret == null || secret.isEmpty() || text == null ? text : text.replace(secret, "[key]");
    }
}
