package dev.deskhand.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zendesk's Tickets API on a loopback port, written from its public reference: {@code GET
 * /api/v2/tickets/{id}.json}, basic auth {@code email/token:token}, {@code include=users,organizations} side-loading
 * the requester and organisation as top-level arrays, 404 {@code RecordNotFound} for an unknown id, 401 for bad
 * credentials. The next calls can be told to answer 429 (+ {@code Retry-After}), 500, or not at all.
 */
public final class FakeZendeskTickets implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TICKET = Pattern.compile("/api/v2/tickets/(\\d+)\\.json");

    /** One recorded call. */
    public record Call(String method, String path, String query, String authorization) {
    }

    /** A ticket as the stand-in keeps it. */
    public record Ticket(String subject, String priority, String status, String requester, String organization) {
    }

    private record Scripted(int status, int retryAfterSeconds, String body, boolean hang) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final String expectedAuthorization;
    private final Map<Long, Ticket> tickets = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Queue<Scripted> scripted = new ConcurrentLinkedQueue<>();
    private final CountDownLatch released = new CountDownLatch(1);

    public FakeZendeskTickets(String email, String token) {
        this.expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((email + "/token:" + token).getBytes(StandardCharsets.UTF_8));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void ticket(long id, Ticket ticket) {
        tickets.put(id, ticket);
    }

    public void rateLimitNext(int retryAfterSeconds) {
        scripted.add(new Scripted(429, retryAfterSeconds, "{\"error\":\"APIRateLimitExceeded\","
                + "\"description\":\"Number of allowed API requests per minute exceeded\"}", false));
    }

    public void failNext(int status, String body) {
        scripted.add(new Scripted(status, 0, body, false));
    }

    /** The next call gets no answer until the stand-in is closed (the caller's timeout must end it). */
    public void hangNext() {
        scripted.add(new Scripted(0, 0, "", true));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            calls.add(new Call(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            Scripted next = scripted.poll();
            if (next != null && next.hang()) {
                try {
                    released.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            if (next != null) {
                if (next.retryAfterSeconds() > 0) {
                    exchange.getResponseHeaders().add("Retry-After", String.valueOf(next.retryAfterSeconds()));
                }
                respond(exchange, next.status(), next.body());
                return;
            }
            if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                respond(exchange, 401, "{\"error\":\"Couldn't authenticate you\"}");
                return;
            }
            Matcher m = TICKET.matcher(path);
            if (!"GET".equals(exchange.getRequestMethod()) || !m.matches()) {
                respond(exchange, 404, "{\"error\":\"InvalidEndpoint\",\"description\":\"Not found\"}");
                return;
            }
            long id = Long.parseLong(m.group(1));
            Ticket ticket = tickets.get(id);
            if (ticket == null) {
                respond(exchange, 404, "{\"error\":\"RecordNotFound\",\"description\":\"Not found\"}");
                return;
            }
            respond(exchange, 200, body(id, ticket, exchange.getRequestURI().getQuery()).toString());
        }
    }

    private static ObjectNode body(long id, Ticket ticket, String query) {
        ObjectNode out = JSON.createObjectNode();
        long requesterId = 9000 + id;
        long organizationId = 7000 + id;
        ObjectNode t = out.putObject("ticket").put("id", id)
                .put("url", "https://acme.zendesk.com/api/v2/tickets/" + id + ".json")
                .put("type", "incident").put("subject", ticket.subject()).put("raw_subject", ticket.subject())
                .put("description", "The first comment").put("status", ticket.status())
                .put("requester_id", requesterId).put("submitter_id", requesterId).putNull("assignee_id")
                .put("created_at", "2026-11-23T08:40:00Z").put("updated_at", "2026-11-23T08:55:00Z");
        if (ticket.priority() == null) {
            t.putNull("priority");
        } else {
            t.put("priority", ticket.priority());
        }
        if (ticket.organization() == null) {
            t.putNull("organization_id");
        } else {
            t.put("organization_id", organizationId);
        }
        t.putArray("tags").add("billing");
        boolean include = query != null && query.contains("include=");
        if (include && query.contains("users")) {
            out.putArray("users").addObject().put("id", requesterId).put("name", ticket.requester())
                    .put("email", "customer@example.test").put("role", "end-user");
        }
        if (include && query.contains("organizations") && ticket.organization() != null) {
            out.putArray("organizations").addObject().put("id", organizationId).put("name", ticket.organization());
        }
        return out;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
