package dev.deskhand.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code GET /readyz}: 200 when every check passes (database migrated and reachable, knowledge index built),
 * otherwise 503; the body names each check so an operator can see which one is failing.
 */
public final class ReadinessServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, BooleanSupplier> checks;
    private final transient ObjectMapper json = new ObjectMapper();

    private final transient Map<String, Supplier<String>> details;

    public ReadinessServlet(Map<String, BooleanSupplier> checks) {
        this(checks, Map.of());
    }

    /** @param details per check, why it fails (e.g. "cannot reach Slack at …"), shown instead of "failing" */
    public ReadinessServlet(Map<String, BooleanSupplier> checks, Map<String, Supplier<String>> details) {
        this.checks = new LinkedHashMap<>(checks);
        this.details = Map.copyOf(details);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ObjectNode body = json.createObjectNode();
        ObjectNode results = body.putObject("checks");
        boolean ready = true;
        for (Map.Entry<String, BooleanSupplier> check : checks.entrySet()) {
            boolean ok = safely(check.getValue());
            results.put(check.getKey(), ok ? "ok" : detail(check.getKey()));
            ready &= ok;
        }
        body.put("status", ready ? "ready" : "not ready");
        resp.setStatus(ready ? 200 : 503);
        resp.setContentType("application/json");
        resp.getOutputStream().write(json.writeValueAsBytes(body));
    }

    private String detail(String check) {
        try {
            String detail = details.containsKey(check) ? details.get(check).get() : null;
            return detail == null ? "failing" : "failing: " + detail;
        } catch (RuntimeException e) {
            return "failing";
        }
    }

    private static boolean safely(BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
