package dev.deskhand.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for Slack's Web API on a loopback port: every method answers {@code ok: true} at once with the fields
 * Deskhand reads, so the figures measure Deskhand and not a network. It counts calls per method and tells a
 * listener when {@code chat.postMessage} arrives, with the thread it was posted in.
 */
final class StandInSlack implements AutoCloseable {

    static final String TEAM_ID = "T0BENCH";
    static final String BOT_USER_ID = "U0DESKHAND";
    private static final Pattern JSON_THREAD_TS = Pattern.compile("\"thread_ts\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "stand-in-slack");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final AtomicLong ts = new AtomicLong(1_763_900_000_000_000L);
    private volatile BiConsumer<String, Long> onPost = (thread, nanos) -> { };
    private volatile ResponseListener onResponse = (id, nanos, body) -> { };

    /** A message posted to a slash command's {@code response_url}: the id in that URL, arrival time, body. */
    interface ResponseListener {
        void received(String id, long arrivedNanos, String body);
    }

    StandInSlack() throws IOException {
        // Without TCP_NODELAY the JDK server sends headers and body in two segments, and Nagle's algorithm holds the
        // body until the client's delayed ACK (~40 ms) — a stall real Slack does not add. Read once, at first use.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.createContext("/api/", this::method);
        server.createContext("/response/", this::receiveResponse);
        server.setExecutor(threads);
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    /** Called with the {@code thread_ts} (or null) and arrival time of every {@code chat.postMessage}. */
    void onPostMessage(BiConsumer<String, Long> listener) {
        onPost = listener;
    }

    /** Called with every message posted to a {@code response_url} this stand-in handed out. */
    void onResponse(ResponseListener listener) {
        onResponse = listener;
    }

    long calls(String method) {
        LongAdder n = calls.get(method);
        return n == null ? 0 : n.sum();
    }

    Map<String, Long> callCounts() {
        Map<String, Long> out = new java.util.TreeMap<>();
        calls.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    private void method(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String channel = param(body, "channel", "C0BENCH");
        String next = nextTs();
        String json = switch (method) {
            case "auth.test" -> "{\"ok\":true,\"url\":\"https://bench.slack.com/\",\"team\":\"Bench\",\"user\":\"deskhand\","
                    + "\"team_id\":\"" + TEAM_ID + "\",\"user_id\":\"" + BOT_USER_ID + "\",\"bot_id\":\"B0DESKHAND\","
                    + "\"is_enterprise_install\":false}";
            case "chat.postMessage", "chat.update" -> "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + next
                    + "\",\"message\":{\"type\":\"message\",\"text\":\"\",\"ts\":\"" + next + "\"}}";
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"" + next + "\"}";
            case "chat.getPermalink" -> "{\"ok\":true,\"channel\":\"" + channel
                    + "\",\"permalink\":\"https://bench.slack.com/archives/" + channel + "/p1\"}";
            case "views.open", "views.update", "views.push", "views.publish" ->
                    "{\"ok\":true,\"view\":{\"id\":\"V0BENCH\",\"hash\":\"h\",\"type\":\"modal\"}}";
            case "users.info" -> "{\"ok\":true,\"user\":{\"id\":\"" + param(body, "user", "U0AGENT")
                    + "\",\"name\":\"agent\",\"real_name\":\"Bench Agent\",\"tz\":\"Europe/London\","
                    + "\"tz_offset\":0,\"profile\":{\"display_name\":\"agent\",\"real_name\":\"Bench Agent\"}}}";
            case "conversations.info" -> "{\"ok\":true,\"channel\":{\"id\":\"" + channel
                    + "\",\"name\":\"support\",\"is_channel\":true,\"is_member\":true}}";
            case "usergroups.users.list" -> "{\"ok\":true,\"users\":[]}";
            case "conversations.history", "conversations.replies" -> "{\"ok\":true,\"messages\":[],\"has_more\":false}";
            default -> "{\"ok\":true}";
        };
        answer(exchange, json, method);
        if (method.equals("chat.postMessage")) {
            onPost.accept(param(body, "thread_ts", null), arrived);
        }
    }

    private void receiveResponse(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        String id = exchange.getRequestURI().getPath().substring("/response/".length());
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        answer(exchange, "{\"ok\":true}", "response_url");
        onResponse.received(id, arrived, body);
    }

    private void answer(HttpExchange exchange, String json, String method) throws IOException {
        calls.computeIfAbsent(method, m -> new LongAdder()).increment();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String nextTs() {
        long n = ts.incrementAndGet();
        return (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
    }

    /** A parameter of a form-encoded body, or of a JSON body for {@code thread_ts}. */
    static String param(String body, String name, String fallback) {
        if (body.startsWith("{")) {
            if (name.equals("thread_ts")) {
                Matcher m = JSON_THREAD_TS.matcher(body);
                return m.find() ? m.group(1) : fallback;
            }
            Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
            return m.find() ? m.group(1) : fallback;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return fallback;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
