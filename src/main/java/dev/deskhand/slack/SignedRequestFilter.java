package dev.deskhand.slack;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a request reach Bolt only when Slack signed it. The body is read once as bytes, verified, and handed on
 * as UTF-8, so the signature covers exactly what was sent and Korean text is never decoded as Latin-1.
 */
public final class SignedRequestFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(SignedRequestFilter.class);
    /** Slack's own payloads are far smaller; anything bigger is not from Slack. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final SignatureVerifier verifier;

    public SignedRequestFilter(SignatureVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse httpResponse = (HttpServletResponse) response;
        byte[] body = http.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            reject(httpResponse, 413, "request too large");
            return;
        }
        SignatureVerifier.Verdict verdict = verifier.verify(
                http.getHeader("X-Slack-Request-Timestamp"), http.getHeader("X-Slack-Signature"), body);
        if (verdict != SignatureVerifier.Verdict.VALID) {
            log.warn("Rejected a request to {}: signature {}", http.getRequestURI(), verdict);
            reject(httpResponse, 401, "invalid request");
            return;
        }
        chain.doFilter(new CachedBodyRequest(http, body), response);
    }

    private static void reject(HttpServletResponse response, int status, String error) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(("{\"error\":\"" + error + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
