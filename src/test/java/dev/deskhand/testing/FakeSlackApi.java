package dev.deskhand.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for Slack's Web API on a loopback port. It answers the methods Deskhand calls the way Slack does,
 * records every call (and every {@code response_url} post) for assertions, and can be told to fail the next calls
 * of a method with 429 + {@code Retry-After} or 5xx.
 */
public final class FakeSlackApi implements AutoCloseable {

    /** One recorded call: the Web API method (or {@code response_url}), its parameters and the raw body. */
    public record Call(String method, Map<String, String> params, JsonNode json, String body) {

        public String param(String name) {
            if (params.containsKey(name)) {
                return params.get(name);
            }
            JsonNode node = json == null ? null : json.get(name);
            return node == null ? null : node.isTextual() ? node.asText() : node.toString();
        }

        /** A parameter that carries JSON (blocks, view), parsed. */
        public JsonNode jsonParam(String name) {
            if (json != null && json.has(name) && !json.get(name).isTextual()) {
                return json.get(name);
            }
            String raw = param(name);
            try {
                return raw == null ? null : MAPPER.readTree(raw);
            } catch (IOException e) {
                throw new IllegalStateException(name + " is not JSON: " + raw, e);
            }
        }
    }

    /**
     * @param channel only calls to this channel fail; {@code null} for any
     * @param error   Slack's error code in the {@code ok: false} body
     */
    private record Failure(int status, int retryAfterSeconds, String channel, String error) {
        Failure(int status, int retryAfterSeconds, String channel) {
            this(status, retryAfterSeconds, channel, status == 429 ? "ratelimited" : "internal_error");
        }

        boolean matches(Call call) {
            return channel == null || channel.equals(call.param("channel"));
        }
    }

    static final ObjectMapper MAPPER = new ObjectMapper();
    public static final String BOT_USER_ID = "U0DESKHAND";
    public static final String BOT_ID = "B0DESKHAND";
    public static final String TEAM_ID = "T0TEST";

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, List<Failure>> failures = new ConcurrentHashMap<>();
    private final AtomicLong tsCounter = new AtomicLong(1_700_000_000_000_100L);
    private final AtomicLong viewCounter = new AtomicLong(1);
    private volatile String socketModeUrl = "ws://127.0.0.1:1/none";
    private final Map<String, List<String>> userGroups = new ConcurrentHashMap<>();
    private final Map<String, String> groupHandles = new ConcurrentHashMap<>();
    /** The channels each user is a member of, as users.conversations reports them. */
    private final Map<String, List<String>> memberships = new ConcurrentHashMap<>();
    private final Map<String, String> locales = new ConcurrentHashMap<>();
    /** Top-level messages per channel, oldest first, as conversations.history would show them. */
    private final Map<String, List<ObjectNode>> channels = new ConcurrentHashMap<>();

    public FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::handleMethod);
        server.createContext("/response/", this::handleResponseUrl);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The Web API base URL to give the app as {@code SLACK_API_URL}. */
    public String apiUrl() {
        return base() + "/api/";
    }

    /** A {@code response_url} served by this fake. */
    public String responseUrl(String id) {
        return base() + "/response/" + id;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The members {@code usergroups.users.list} reports for a user group. */
    public void userGroup(String groupId, List<String> members) {
        userGroups.put(groupId, List.copyOf(members));
    }

    /** A user group with a handle ({@code billing-team}), listed by {@code usergroups.list} with its members. */
    public void userGroup(String groupId, String handle, List<String> members) {
        userGroups.put(groupId, List.copyOf(members));
        groupHandles.put(groupId, handle);
    }

    /** The channels {@code users.conversations} lists for {@code userId}. */
    public void memberOf(String userId, String... channelIds) {
        memberships.put(userId, List.of(channelIds));
    }

    /** The locale {@code users.info} reports for a user when asked with {@code include_locale} ({@code ko-KR}). */
    public void userLocale(String userId, String locale) {
        locales.put(userId, locale);
    }

    /** Where {@code apps.connections.open} sends a Socket Mode client. */
    public void socketModeUrl(String url) {
        this.socketModeUrl = url;
    }

    /** The next {@code count} calls of {@code method} answer 429 with {@code Retry-After: retryAfterSeconds}. */
    public void rateLimitNext(String method, int count, int retryAfterSeconds) {
        add(method, count, new Failure(429, retryAfterSeconds, null));
    }

    /** The next {@code count} calls of {@code method} answer HTTP {@code status} (e.g. 500). */
    public void failNext(String method, int count, int status) {
        add(method, count, new Failure(status, 0, null));
    }

    /**
     * The next {@code count} calls of {@code method} in {@code channel} ({@code null}: any) answer HTTP 200 with
     * {@code ok: false} and Slack's {@code error} code, e.g. {@code channel_not_found}.
     */
    public void errorNext(String method, String channel, int count, String error) {
        add(method, count, new Failure(200, 0, channel, error));
    }

    /** The next {@code count} calls of {@code method} in {@code channel} answer HTTP {@code status}. */
    public void failNextIn(String method, String channel, int count, int status) {
        add(method, count, new Failure(status, 0, channel));
    }

    private void add(String method, int count, Failure failure) {
        List<Failure> queue = failures.computeIfAbsent(method, m -> new CopyOnWriteArrayList<>());
        for (int i = 0; i < count; i++) {
            queue.add(failure);
        }
    }

    /** How many injected failures of {@code method} are still to come. */
    public int pendingFailures(String method) {
        return failures.getOrDefault(method, List.of()).size();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits (polling, bounded) until at least {@code count} calls of {@code method} were recorded. */
    public List<Call> await(String method, int count) {
        return await(method, count, Duration.ofSeconds(10));
    }

    public List<Call> await(String method, int count, Duration timeout) {
        return Eventually.await(timeout, () -> calls(method), found -> found.size() >= count,
                count + " call(s) of " + method + " (all calls: " + methods() + ")");
    }

    public void reset() {
        calls.clear();
        failures.clear();
        channels.clear();
    }

    private void handleResponseUrl(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode json = body.isBlank() ? null : MAPPER.readTree(body);
        calls.add(new Call("response_url", Map.of("path", exchange.getRequestURI().getPath()), json, body));
        reply(exchange, 200, "ok", "text/plain");
    }

    private void handleMethod(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode json = null;
        if (type.contains("json")) {
            json = MAPPER.readTree(body);
        } else {
            params.putAll(form(body));
        }
        Call call = new Call(method, params, json, body);
        Failure failure = nextFailure(method, call);
        if (failure != null) {
            calls.add(new Call(method + ":failed", params, json, body));
            if (failure.retryAfterSeconds() > 0) {
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(failure.retryAfterSeconds()));
            }
            reply(exchange, failure.status(), "{\"ok\":false,\"error\":\"" + failure.error() + "\"}",
                    "application/json");
            return;
        }
        calls.add(call);
        reply(exchange, 200, answer(method, call).toString(), "application/json");
    }

    private synchronized Failure nextFailure(String method, Call call) {
        List<Failure> queue = failures.get(method);
        if (queue == null) {
            return null;
        }
        for (Failure failure : queue) {
            if (failure.matches(call)) {
                queue.remove(failure);
                return failure;
            }
        }
        return null;
    }

    private ObjectNode answer(String method, Call call) {
        ObjectNode out = MAPPER.createObjectNode().put("ok", true);
        switch (method) {
            case "auth.test" -> out.put("url", "https://deskhand-test.slack.com/").put("team", "Test")
                    .put("user", "deskhand").put("team_id", TEAM_ID).put("user_id", BOT_USER_ID)
                    .put("bot_id", BOT_ID);
            case "chat.postMessage" -> {
                String ts = nextTs();
                out.put("channel", call.param("channel")).put("ts", ts);
                out.putObject("message").put("ts", ts).put("text", call.param("text"));
                if (call.param("thread_ts") == null) {
                    channels.computeIfAbsent(call.param("channel"), c -> new CopyOnWriteArrayList<>())
                            .add(message(ts, call));
                }
            }
            case "chat.update" -> {
                out.put("channel", call.param("channel")).put("ts", call.param("ts"));
                List<ObjectNode> history = channels.getOrDefault(call.param("channel"), List.of());
                history.replaceAll(m -> m.path("ts").asText().equals(call.param("ts")) ? message(call.param("ts"), call)
                        : m);
            }
            case "conversations.history" -> {
                // Newest first, one page; "oldest" is not applied because the fake's ts values are not the app
                // clock's seconds.
                var messages = out.putArray("messages");
                List<ObjectNode> history = new ArrayList<>(channels.getOrDefault(call.param("channel"), List.of()));
                java.util.Collections.reverse(history);
                history.forEach(messages::add);
                out.put("has_more", false);
            }
            case "chat.postEphemeral" -> out.put("message_ts", nextTs());
            case "chat.getPermalink" -> out.put("channel", call.param("channel"))
                    .put("permalink", "https://deskhand-test.slack.com/archives/" + call.param("channel")
                            + "/p" + String.valueOf(call.param("message_ts")).replace(".", ""));
            case "views.open", "views.update", "views.push" -> {
                ObjectNode view = out.putObject("view");
                view.put("id", "V" + viewCounter.getAndIncrement());
                view.put("hash", "h" + viewCounter.get());
            }
            case "usergroups.users.list" -> {
                var users = out.putArray("users");
                userGroups.getOrDefault(call.param("usergroup"), List.of()).forEach(users::add);
            }
            case "usergroups.list" -> {
                var groups = out.putArray("usergroups");
                groupHandles.forEach((id, handle) -> {
                    ObjectNode group = groups.addObject().put("id", id).put("handle", handle).put("team_id", TEAM_ID);
                    if (Set.of("true", "1").contains(call.param("include_users"))) {
                        userGroups.getOrDefault(id, List.of()).forEach(group.putArray("users")::add);
                    }
                });
            }
            case "users.conversations" -> {
                var list = out.putArray("channels");
                memberships.getOrDefault(String.valueOf(call.param("user")), List.of())
                        .forEach(channel -> list.addObject().put("id", channel).put("name", "channel-" + channel));
                out.putObject("response_metadata").put("next_cursor", "");
            }
            case "views.publish" -> out.putObject("view").put("id", "VHOME" + viewCounter.getAndIncrement())
                    .put("type", "home");
            case "apps.connections.open" -> out.put("url", socketModeUrl);
            case "bots.info" -> out.putObject("bot").put("id", call.param("bot"))
                    .put("user_id", BOT_ID.equals(call.param("bot")) ? BOT_USER_ID : "U0OTHERBOT");
            case "users.info" -> {
                ObjectNode user = out.putObject("user").put("id", call.param("user"))
                        .put("name", "user-" + call.param("user")).put("real_name", "User " + call.param("user"))
                        .put("tz", "Asia/Seoul");
                String locale = locales.get(String.valueOf(call.param("user")));
                if (locale != null && Set.of("true", "1").contains(call.param("include_locale"))) {
                    user.put("locale", locale);
                }
            }
            // A DM's id is the user's id here, so history of messages posted "to the user" is found under it.
            case "conversations.open" -> out.putObject("channel").put("id", String.valueOf(call.param("users")));
            case "conversations.info" -> out.putObject("channel").put("id", call.param("channel"))
                    .put("name", "channel-" + call.param("channel"));
            default -> {
                out.put("ok", false);
                out.put("error", "unknown_method");
            }
        }
        return out;
    }

    private static ObjectNode message(String ts, Call call) {
        ObjectNode message = MAPPER.createObjectNode().put("type", "message").put("ts", ts)
                .put("text", call.param("text"));
        String blocks = call.param("blocks");
        if (blocks != null) {
            try {
                message.set("blocks", MAPPER.readTree(blocks));
            } catch (IOException e) {
                message.put("blocks_unparsed", blocks);
            }
        }
        return message;
    }

    /** Shows a message in a channel's history as if it had been posted earlier (e.g. by a process that died). */
    public void seedHistory(String channel, String ts, String blocksJson) throws IOException {
        ObjectNode message = MAPPER.createObjectNode().put("type", "message").put("ts", ts).put("text", "seeded");
        message.set("blocks", MAPPER.readTree(blocksJson));
        channels.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(message);
    }

    private String nextTs() {
        long n = tsCounter.getAndIncrement();
        return (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isBlank()) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private static void reply(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** Methods called so far, in order, for assertion messages. */
    public List<String> methods() {
        List<String> out = new ArrayList<>();
        calls.forEach(c -> out.add(c.method()));
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
