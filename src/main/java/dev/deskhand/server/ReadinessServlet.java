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

/**
 * {@code GET /readyz}: 200 when every check passes (database migrated and reachable, knowledge index built),
 * otherwise 503; the body names each check so an operator can see which one is failing.
 */
public final class ReadinessServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, BooleanSupplier> checks;
    private final transient ObjectMapper json = new ObjectMapper();

    public ReadinessServlet(Map<String, BooleanSupplier> checks) {
        this.checks = new LinkedHashMap<>(checks);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ObjectNode body = json.createObjectNode();
        ObjectNode results = body.putObject("checks");
        boolean ready = true;
        for (Map.Entry<String, BooleanSupplier> check : checks.entrySet()) {
            boolean ok = safely(check.getValue());
            results.put(check.getKey(), ok ? "ok" : "failing");
            ready &= ok;
        }
        body.put("status", ready ? "ready" : "not ready");
        resp.setStatus(ready ? 200 : 503);
        resp.setContentType("application/json");
        resp.getOutputStream().write(json.writeValueAsBytes(body));
    }

    private static boolean safely(BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
