package dev.deskhand.kb.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Zendesk Help Center on loopback, shaped after the public API reference for "List Articles": {@code en-us} pages
 * by offset ({@code next_page}), {@code ko} by cursor ({@code meta.has_more}, {@code links.next}); sections,
 * categories and users sideloaded. Tests edit {@link #articles} and arm a 429 or a 500 for the next page-2 request.
 */
public final class ZendeskStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Articles by locale, in listing order; page size is 2. */
    public final Map<String, List<ObjectNode>> articles = new LinkedHashMap<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    volatile String retryAfterOnPageTwo;
    volatile boolean failPageTwo;
    private final HttpServer server;

    public ZendeskStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v2/help_center/", this::handle);
        server.start();
        articles.put("en-us", new ArrayList<>(List.of(
                article(360001, "How do I reset my password?", "en-us", 200, false, List.of("password", "login"),
                        "2026-10-01T08:30:00Z", """
                        <p>Open <strong>Settings</strong> and choose <em>Security</em>.</p>
                        <ol><li>Click <a href="https://acme.example/reset">Reset password</a>.</li>
                        <li>Check your e-mail for the link.</li></ol>"""),
                article(360002, "Pricing changes next year", "en-us", 200, true, List.of(), "2026-10-02T00:00:00Z",
                        "<p>Not public yet.</p>"),
                article(360003, "Refund timelines", "en-us", 201, false, List.of("refunds"), "2026-09-15T23:59:59Z",
                        """
                        <p>Refunds reach the card within these times:</p>
                        <table><thead><tr><th>Method</th><th>Days</th></tr></thead>
                        <tbody><tr><td>Card</td><td>5–10</td></tr><tr><td>Bank transfer</td><td>3</td></tr></tbody>
                        </table>
                        <p><img src="https://acme.zendesk.com/hc/article_attachments/9/refund.png" alt="Refund status"></p>"""))));
        articles.put("ko", new ArrayList<>(List.of(
                article(360001, "비밀번호는 어떻게 재설정하나요?", "ko", 200, false, List.of("비밀번호"),
                        "2026-10-01T09:00:00Z", "<p><strong>설정</strong> &gt; <em>보안</em>에서 재설정하실 수 있습니다.</p>"),
                article(360005, "새 요금제 안내", "ko", 201, true, List.of(), "2026-10-03T00:00:00Z", "<p>초안</p>"),
                article(360004, "환불은 언제 받을 수 있나요?", "ko", 201, false, List.of("환불"), "2026-09-20T01:00:00Z",
                        "<p>카드 환불은 <strong>5~10영업일</strong>이 걸립니다. 은행 이체는 3영업일 안에 처리됩니다.</p>"))));
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    static ObjectNode article(long id, String title, String locale, long section, boolean draft, List<String> labels,
                              String updatedAt, String body) {
        ObjectNode a = JSON.createObjectNode();
        a.put("id", id);
        a.put("url", "https://acme.zendesk.com/api/v2/help_center/" + locale + "/articles/" + id + ".json");
        a.put("html_url", "https://acme.zendesk.com/hc/" + locale + "/articles/" + id);
        a.put("author_id", 501);
        a.put("comments_disabled", false);
        a.put("draft", draft);
        a.put("promoted", false);
        a.put("position", 0);
        a.put("section_id", section);
        a.put("created_at", "2026-01-05T10:00:00Z");
        a.put("updated_at", updatedAt);
        a.put("edited_at", updatedAt);
        a.put("name", title);
        a.put("title", title);
        a.put("source_locale", "en-us");
        a.put("locale", locale);
        a.put("outdated", false);
        a.putArray("label_names").addAll(labels.stream().map(JSON.getNodeFactory()::textNode).toList());
        a.put("body", body);
        return a;
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        requests.add(uri.toString());
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        String locale = uri.getPath().split("/")[4];
        String query = String.valueOf(uri.getRawQuery());
        boolean pageTwo = query.contains("page=2") || query.contains("page%5Bafter%5D=c2");
        if (pageTwo && retryAfterOnPageTwo != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfterOnPageTwo);
            retryAfterOnPageTwo = null;
            send(exchange, 429, "{\"error\":\"TooManyRequests\"}");
            return;
        }
        if (pageTwo && failPageTwo) {
            send(exchange, 500, "{\"error\":\"InternalError\"}");
            return;
        }
        List<ObjectNode> all = articles.getOrDefault(locale, List.of());
        List<ObjectNode> page = pageTwo ? all.subList(Math.min(2, all.size()), all.size())
                : all.subList(0, Math.min(2, all.size()));
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("articles");
        page.forEach(list::add);
        sideloads(body);
        String next = base() + "/api/v2/help_center/" + locale + "/articles.json?include=sections,categories,users";
        boolean more = !pageTwo && all.size() > 2;
        if (locale.equals("ko")) {
            body.putObject("meta").put("has_more", more).put("after_cursor", more ? "c2" : null);
            body.putObject("links").put("next", more ? next + "&page%5Bsize%5D=2&page%5Bafter%5D=c2" : null);
        } else {
            body.put("next_page", more ? next + "&page=2&per_page=2" : null);
            body.put("page", pageTwo ? 2 : 1).put("per_page", 2).put("page_count", all.size() > 2 ? 2 : 1);
            body.put("count", all.size());
        }
        send(exchange, 200, JSON.writeValueAsString(body));
    }

    private static void sideloads(ObjectNode body) {
        ArrayNode sections = body.putArray("sections");
        sections.addObject().put("id", 200).put("name", "Account").put("category_id", 10);
        sections.addObject().put("id", 201).put("name", "Billing").put("category_id", 11);
        ArrayNode categories = body.putArray("categories");
        categories.addObject().put("id", 10).put("name", "Getting started");
        categories.addObject().put("id", 11).put("name", "Payments");
        body.putArray("users").addObject().put("id", 501).put("name", "Mina Park");
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
