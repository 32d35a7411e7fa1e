package dev.deskhand.slack;

import dev.deskhand.server.CorrelationIds;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs the slow part of a handler after Bolt has acknowledged the request (Slack allows 3 seconds), on an executor
 * we own. The correlation id travels with the work, and a failure becomes an apology through {@code response_url}.
 */
public final class AfterAck {

    private static final Logger log = LoggerFactory.getLogger(AfterAck.class);

    private final Executor executor;
    private final Apologies apologies;

    public AfterAck(Executor executor, Apologies apologies) {
        this.executor = executor;
        this.apologies = apologies;
    }

    /** Runs {@code work} later; when it fails and {@code responseUrl} is known, the user gets an apology there. */
    public void run(String responseUrl, Runnable work) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        String id = CorrelationIds.current();
        try {
            executor.execute(() -> {
                if (context != null) {
                    MDC.setContextMap(context);
                }
                try {
                    work.run();
                } catch (RuntimeException | LinkageError e) {
                    log.error("Background work failed [cid={}]", id, e);
                    apologise(responseUrl, id);
                } finally {
                    MDC.clear();
                }
            });
        } catch (RejectedExecutionException e) {
            log.error("Background work was rejected (shutting down?) [cid={}]", id, e);
            apologise(responseUrl, id);
        }
    }

    private void apologise(String responseUrl, String id) {
        if (responseUrl == null) {
            return;
        }
        try {
            apologies.respond(responseUrl, id);
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("Could not deliver the apology [cid={}]: {}", id, e.toString());
        }
    }
}
