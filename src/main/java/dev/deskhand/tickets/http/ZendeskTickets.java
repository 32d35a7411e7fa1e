package dev.deskhand.tickets.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deskhand.tickets.Lookup;
import dev.deskhand.tickets.LookupCredentials;
import dev.deskhand.tickets.TicketFacts;
import dev.deskhand.tickets.TicketLinks;
import dev.deskhand.tickets.TicketLookup;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link TicketLookup} over Zendesk's Tickets API: {@code GET /api/v2/tickets/{id}.json?include=users,organizations}
 * (the requester and organisation side-loaded, so one call names the customer), basic auth {@code email/token:token}.
 * One attempt within the lookup's timeout, connect to last byte: an agent is waiting on the form, and the form works
 * without it.
 */
public final class ZendeskTickets implements TicketLookup {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TicketLinks tickets;
    private final LookupCredentials credentials;
    private final HttpClient client;

    public ZendeskTickets(TicketLinks tickets, LookupCredentials credentials) {
        this.tickets = tickets;
        this.credentials = credentials;
        this.client = HttpClient.newBuilder().connectTimeout(dev.deskhand.tickets.TicketLookupSettings.TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Lookup lookup(String ticket) {
        Optional<TicketLinks.LookupTarget> target = tickets.lookupTarget(ticket);
        if (target.isEmpty()) {
            return new Lookup.NotLookedUp();
        }
        Optional<LookupCredentials.Credential> credential = credentials.forLookup(target.get().settings());
        if (credential.isEmpty()) {
            return new Lookup.Failed(Lookup.Failure.UNAUTHORISED, "no credentials for this lookup");
        }
        String id = target.get().id();
        URI uri = URI.create(target.get().settings().baseUrl() + "/api/v2/tickets/" + id
                + ".json?include=users,organizations");
        String basic = Base64.getEncoder().encodeToString((credential.get().email() + "/token:"
                + credential.get().token()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(target.get().settings().timeout())
                .header("Authorization", "Basic " + basic).header("Accept", "application/json").GET().build();
        CompletableFuture<HttpResponse<String>> call = client.sendAsync(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = call.get(target.get().settings().timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            return new Lookup.Failed(Lookup.Failure.TIMED_OUT, "no answer within "
                    + target.get().settings().timeout().toSeconds() + "s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return cause instanceof java.net.http.HttpTimeoutException
                    ? new Lookup.Failed(Lookup.Failure.TIMED_OUT, cause.getClass().getSimpleName())
                    : new Lookup.Failed(Lookup.Failure.UNAVAILABLE, cause.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Lookup.Failed(Lookup.Failure.UNAVAILABLE, "interrupted");
        }
        return read(id, response);
    }

    private static Lookup read(String id, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 404) {
            return new Lookup.NotFound(id);
        }
        if (status == 401 || status == 403) {
            return new Lookup.Failed(Lookup.Failure.UNAUTHORISED, "HTTP " + status);
        }
        if (status == 429) {
            return new Lookup.Failed(Lookup.Failure.RATE_LIMITED, "HTTP 429, Retry-After "
                    + response.headers().firstValue("Retry-After").orElse("-"));
        }
        if (status != 200) {
            return new Lookup.Failed(Lookup.Failure.UNAVAILABLE, "HTTP " + status);
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            JsonNode ticket = body.path("ticket");
            if (!ticket.isObject()) {
                return new Lookup.Failed(Lookup.Failure.UNAVAILABLE, "HTTP 200 without a ticket");
            }
            Optional<String> organisation = name(body.path("organizations"), ticket.path("organization_id"));
            Optional<String> requester = name(body.path("users"), ticket.path("requester_id"));
            return new Lookup.Found(new TicketFacts(id, text(ticket.path("subject")),
                    organisation.or(() -> requester), text(ticket.path("priority")), text(ticket.path("status"))));
        } catch (IOException e) {
            return new Lookup.Failed(Lookup.Failure.UNAVAILABLE, "HTTP 200 that is not JSON");
        }
    }

    /** The {@code name} of the side-loaded record with this id. */
    private static Optional<String> name(JsonNode records, JsonNode id) {
        if (!records.isArray() || id.isMissingNode() || id.isNull()) {
            return Optional.empty();
        }
        for (JsonNode record : records) {
            if (record.path("id").asText().equals(id.asText())) {
                return text(record.path("name"));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText().strip()) : Optional.empty();
    }
}
