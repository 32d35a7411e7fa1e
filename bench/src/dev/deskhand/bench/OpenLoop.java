package dev.deskhand.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * An open-loop load generator: request {@code i} is due at {@code start + i / rate} whatever happened to earlier
 * ones, and its latency counts from that due time, so a server that falls behind shows its queueing delay instead
 * of silently slowing the generator down (coordinated omission). Sends are asynchronous; the run is bounded by the
 * request count, and waiting for stragglers by a drain time.
 */
final class OpenLoop {

    /** What one run achieved. Latencies are from the due time; {@code maxSendLagMs} shows the generator kept up. */
    record Outcome(int due, int ok, int errors, double achievedPerSecond, Latencies latencies, double maxSendLagMs,
                   String firstError, Map<String, Integer> errorKinds) {
    }

    /** Builds request {@code sequence}, due at {@code dueNanos} ({@link System#nanoTime()} scale). */
    interface Requests {
        HttpRequest build(long sequence, long dueNanos);
    }

    private final HttpClient client;

    OpenLoop(HttpClient client) {
        this.client = client;
    }

    Outcome run(double perSecond, double seconds, Requests requests, Predicate<HttpResponse<String>> isOk,
               double drainSeconds)
            throws InterruptedException {
        int total = (int) Math.round(perSecond * seconds);
        long period = (long) (1e9 / perSecond);
        Latencies latencies = new Latencies();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong lastDone = new AtomicLong();
        AtomicLong firstError = new AtomicLong(-1);
        String[] firstErrorText = new String[1];
        Map<String, Integer> kinds = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime() + 20_000_000L;
        long maxLag = 0;
        for (int i = 0; i < total; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            maxLag = Math.max(maxLag, System.nanoTime() - due);
            int index = i;
            HttpRequest request = requests.build(i, due);
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                lastDone.accumulateAndGet(now, Math::max);
                if (failure == null && response.statusCode() == 200 && isOk.test(response)) {
                    latencies.add(now - due);
                    ok.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                    kinds.merge(kind(response, failure), 1, Integer::sum);
                    if (firstError.compareAndSet(-1, index)) {
                        firstErrorText[0] = failure != null ? failure.toString()
                                : "HTTP " + response.statusCode() + " " + abbreviate(response.body());
                    }
                }
                done.countDown();
            });
        }
        long sendEnd = start + total * period;
        boolean drained = done.await((long) ((drainSeconds) * 1e9 + Math.max(0, sendEnd - System.nanoTime())),
                TimeUnit.NANOSECONDS);
        int unanswered = drained ? 0 : (int) done.getCount();
        if (unanswered > 0) {
            kinds.merge("no answer within the drain time", unanswered, Integer::sum);
        }
        double window = (Math.max(lastDone.get(), sendEnd) - start) / 1e9;
        return new Outcome(total, ok.get(), errors.get() + unanswered, ok.get() / window, latencies, maxLag / 1e6,
                unanswered > 0 && firstErrorText[0] == null ? unanswered + " unanswered after the drain time"
                        : firstErrorText[0], new TreeMap<>(kinds));
    }

    /** A short name for why a request failed: its HTTP status, a timeout, or the connection closing. */
    private static String kind(HttpResponse<String> response, Throwable failure) {
        if (failure == null) {
            return response.statusCode() == 200 ? "rejected in the body" : "HTTP " + response.statusCode();
        }
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            return "timeout (10 s)";
        }
        String message = String.valueOf(cause.getMessage());
        return message.contains("no bytes") || message.contains("closed") || message.contains("reset")
                ? "connection closed" : cause.getClass().getSimpleName();
    }

    static String abbreviate(String body) {
        String one = body == null ? "" : body.replaceAll("\\s+", " ");
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }
}
