package dev.deskhand.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.slf4j.MDC;

/** Gives each HTTP request a correlation id ({@code cid} in the logging context) for every log line it causes. */
public final class CorrelationFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        MDC.put(CorrelationIds.KEY, CorrelationIds.next());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(CorrelationIds.KEY);
        }
    }
}
