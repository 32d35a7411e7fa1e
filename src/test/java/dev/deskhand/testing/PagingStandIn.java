package dev.deskhand.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A paging service on a loopback port, written from its public API reference: records every call and can be told to
 * answer the next calls with 429 (+ {@code Retry-After}) or an error status, as the real one does under load.
 */
public abstract class PagingStandIn implements AutoCloseable {

    /** One recorded call: path, query, the Authorization header and the JSON body. */
    public record Call(String path, String query, String authorization, JsonNode body) {
    }

    /** What the next call gets instead of the normal answer. */
    private record Scripted(int status, int retryAfterSeconds, String body) {
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Call> accepted = new CopyOnWriteArrayList<>();
    private final Queue<Scripted> scripted = new ConcurrentLinkedQueue<>();

    protected PagingStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL, as {@code paging: pagerduty_url/opsgenie_url} takes it. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next call is answered 429 with this {@code Retry-After}. */
    public void rateLimitNext(int retryAfterSeconds) {
        scripted.add(new Scripted(429, retryAfterSeconds, "{\"status\":\"throttle event\",\"message\":\"Requests for "
                + "this service are arriving too quickly. Please retry later.\"}"));
    }

    /** The next call is answered with {@code status} and {@code body}. */
    public void failNext(int status, String body) {
        scripted.add(new Scripted(status, 0, body));
    }

    /** Every call, in order, including those answered with an error. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls the service accepted (2xx). */
    public List<Call> accepted() {
        return List.copyOf(accepted);
    }

    /** The normal answer to {@code call}: status and JSON body. */
    protected abstract Answer answer(Call call);

    /** A status and a JSON body. */
    protected record Answer(int status, JsonNode body) {
    }

    protected static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body;
            try {
                String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                body = JSON.readTree(text.isBlank() ? "{}" : text);
            } catch (IOException notJson) {
                body = null;
            }
            Call call = new Call(exchange.getRequestURI().getPath(), exchange.getRequestURI().getQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body);
            calls.add(call);
            Scripted next = scripted.poll();
            int status;
            String response;
            if (next != null) {
                status = next.status();
                response = next.body();
                if (next.retryAfterSeconds() > 0) {
                    exchange.getResponseHeaders().add("Retry-After", String.valueOf(next.retryAfterSeconds()));
                }
            } else if (!"POST".equals(exchange.getRequestMethod())) {
                status = 405;
                response = "{\"message\":\"Method not allowed\"}";
            } else if (body == null) {
                status = 400;
                response = "{\"status\":\"invalid request\",\"message\":\"Body is not JSON\"}";
            } else {
                Answer answer = answer(call);
                status = answer.status();
                response = answer.body().toString();
            }
            if (status >= 200 && status < 300) {
                accepted.add(call);
            }
            byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
