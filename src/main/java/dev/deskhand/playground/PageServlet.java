package dev.deskhand.playground;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the page's few static files from the classpath ({@code playground/}); nothing else, so no path can reach
 * outside them. The content security policy lets the page load only from this server: no CDN, no inline script.
 */
final class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "playground.css", "text/css; charset=utf-8",
            "i18n.js", "text/javascript; charset=utf-8",
            "mrkdwn.js", "text/javascript; charset=utf-8",
            "blockkit.js", "text/javascript; charset=utf-8",
            "playground.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml");
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!LoopbackGuard.allows(req)) {
            resp.sendError(403);
            return;
        }
        String path = req.getPathInfo();
        if (path == null) {
            resp.sendRedirect("/playground/");
            return;
        }
        String name = path.equals("/") ? "index.html" : path.substring(1);
        String type = FILES.get(name);
        if (type == null) {
            resp.sendError(404);
            return;
        }
        try (InputStream in = PageServlet.class.getClassLoader().getResourceAsStream("playground/" + name)) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            resp.setContentType(type);
            resp.setHeader("Content-Security-Policy", POLICY);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("Referrer-Policy", "no-referrer");
            resp.setHeader("Cache-Control", "no-cache");
            in.transferTo(resp.getOutputStream());
        }
    }
}
