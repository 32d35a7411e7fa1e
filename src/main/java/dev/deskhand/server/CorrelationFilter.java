package dev.deskhand.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/** Gives each HTTP request a correlation id ({@code cid} in the logging context) for every log line it causes. */
public final class CorrelationFilter implements Filter {

    static final String KEY = "cid";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        MDC.put(KEY, Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16));
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(KEY);
        }
    }
}
