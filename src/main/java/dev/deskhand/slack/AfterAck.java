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

    /** Like {@link #run(String, String, Runnable)} for work done for nobody in particular: the workspace's language. */
    public void run(String responseUrl, Runnable work) {
        run(null, responseUrl, work);
    }

    /**
     * Runs {@code work} later; when it fails and {@code responseUrl} is known, {@code userId} gets an apology there,
     * in their language.
     */
    public void run(String userId, String responseUrl, Runnable work) {
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
                    apologise(userId, responseUrl, id);
                } finally {
                    MDC.clear();
                }
            });
        } catch (RejectedExecutionException e) {
            log.error("Background work was rejected (shutting down?) [cid={}]", id, e);
            apologise(userId, responseUrl, id);
        }
    }

    private void apologise(String userId, String responseUrl, String id) {
        if (responseUrl == null) {
            return;
        }
        try {
            apologies.respond(responseUrl, userId, id);
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("Could not deliver the apology [cid={}]: {}", id, e.toString());
        }
    }
}
