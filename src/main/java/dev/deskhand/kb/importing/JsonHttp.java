package dev.deskhand.kb.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * GETs JSON from a source's API. Every call has a timeout; a 429 is waited out as its {@code Retry-After} says (a
 * few times, never longer than {@link #LONGEST_WAIT}), anything else that is not a 2xx fails the call — and with it
 * the whole fetch, so nothing is written. The credential goes only into the {@code Authorization} header and never
 * into a message.
 */
final class JsonHttp {

    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    private static final int MOST_WAITS = 5;
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private final HttpClient client;
    private final Duration timeout;
    private final Sleeper sleeper;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    JsonHttp(HttpClient client, Duration timeout, Sleeper sleeper, Clock clock) {
        this.client = client;
        this.timeout = timeout;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** A client with a connect timeout, for the command line and the server. */
    static HttpClient defaultClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    JsonNode get(URI uri, Optional<String> authorization) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
        authorization.ifPresent(value -> request.header("Authorization", value));
        for (int waits = 0; ; waits++) {
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 429 && waits < MOST_WAITS) {
                    Duration wait = retryAfter(response);
                    if (wait.compareTo(LONGEST_WAIT) > 0) {
                        throw new IOException("HTTP 429 from " + where(uri) + ": asked to wait " + wait.toSeconds()
                                + " s, longer than " + LONGEST_WAIT.toMinutes() + " min; try again later");
                    }
                    sleeper.sleep(wait);
                    continue;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while fetching " + where(uri));
            }
            if (response.statusCode() / 100 != 2) {
                throw new IOException("HTTP " + response.statusCode() + " from " + where(uri));
            }
            return json.readTree(response.body());
        }
    }

    private Duration retryAfter(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After").map(String::trim);
        if (header.isEmpty()) {
            return DEFAULT_WAIT;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.get())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(header.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException unreadable) {
                return DEFAULT_WAIT;
            }
        }
    }

    /** The address without its query, which can carry cursors but never belongs in a log line in full. */
    private static String where(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority() + uri.getPath();
    }

    static String authorization(String token) {
        // Zendesk's API tokens are used as "email/token:TOKEN" with basic auth; anything else is an OAuth token.
        if (token.contains(":")) {
            return "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return "Bearer " + token;
    }
}
