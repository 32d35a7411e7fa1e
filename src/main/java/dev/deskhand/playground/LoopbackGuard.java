package dev.deskhand.playground;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;

/**
 * Keeps the playground to pages served by itself. Binding to 127.0.0.1 stops other machines; this stops other
 * web pages in the same browser: a DNS-rebinding page arrives with a foreign Host header, a cross-site form or
 * fetch with a foreign Origin, and neither can send {@code application/json} without a preflight we never allow.
 */
final class LoopbackGuard {

    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private LoopbackGuard() {
    }

    static boolean allows(HttpServletRequest req) {
        if (!LOOPBACK_NAMES.contains(req.getServerName())) {
            return false;
        }
        String origin = req.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, req)) {
            return false;
        }
        if ("POST".equals(req.getMethod())) {
            String type = req.getContentType();
            return type != null && type.startsWith("application/json");
        }
        return true;
    }

    private static boolean sameOrigin(String origin, HttpServletRequest req) {
        try {
            URI uri = URI.create(origin);
            return LOOPBACK_NAMES.contains(uri.getHost()) && uri.getPort() == req.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
