package dev.deskhand.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop {@code /kb} load where a request is finished once its answer is delivered, wherever the app puts it:
 * in the acknowledgement's body (Deskhand answers inside the ack) or posted to the command's {@code response_url}
 * afterwards (what a Bolt-JS app does with {@code respond()}). Request {@code i} is due at {@code start + i / rate}
 * and its latency counts from that due time until both the HTTP 200 and the answer have arrived, so queueing shows.
 * An acknowledgement that says "busy, try again" (or "still loading": text with an hourglass and no blocks) is a
 * reply but no answer: it is counted as busy, not finished, and its latency is in the latencies all the same.
 */
final class AnswerLoop {

    /**
     * What one run achieved: finished = acknowledged with 200 and answered within the drain time; busy = told to try
     * again instead; latencies cover both (how long an asker waited for any reply).
     */
    record Outcome(int due, int finished, int busy, int errors, int unanswered, double achievedPerSecond,
                   Latencies latencies, double maxSendLagMs, Map<String, Integer> errorKinds) {
    }

    /** The counters of one run, shared by the HTTP callbacks and the stand-in's listener. */
    private static final class Run {
        final Latencies latencies = new Latencies();
        final AtomicInteger finished = new AtomicInteger();
        final AtomicInteger busy = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger open;
        final AtomicLong lastDone = new AtomicLong();
        final Map<String, Integer> kinds = new ConcurrentHashMap<>();

        Run(int total) {
            open = new AtomicInteger(total);
        }
    }

    /** One request in flight; its fields are guarded by the object's monitor. */
    private static final class Pending {
        final Run run;
        final long due;
        long acked = -1;
        long answered = -1;
        boolean busy;
        boolean closed;

        Pending(Run run, long due) {
            this.run = run;
            this.due = due;
        }
    }

    private final HttpClient client;
    private final SignedRequests requests;
    private final AtomicLong sequence;
    /** Which question comes next: per server process, so every contestant is asked the same questions in order. */
    private final AtomicLong nextText = new AtomicLong();
    private final Map<String, Pending> inFlight = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.CompletableFuture<String>> questions = new ConcurrentHashMap<>();

    /**
     * @param sequence numbers every request across the whole run (its {@code response_url} id); a loop is made per
     *                 server process, and its questions start again at the first text
     */
    AnswerLoop(HttpClient client, SignedRequests requests, StandInSlack slack, AtomicLong sequence) {
        this.client = client;
        this.requests = requests;
        this.sequence = sequence;
        slack.onResponse((id, arrived, body) -> {
            java.util.concurrent.CompletableFuture<String> asked = questions.remove(id);
            if (asked != null) {
                asked.complete(body);
                return;
            }
            Pending p = inFlight.get(id);
            if (p != null) {
                synchronized (p) {
                    if (p.answered < 0) {
                        p.answered = arrived;
                    }
                }
                complete(id, p);
            }
        });
    }

    Outcome run(double perSecond, double seconds, List<String> texts, double drainSeconds)
            throws InterruptedException {
        int total = (int) Math.round(perSecond * seconds);
        long period = (long) (1e9 / perSecond);
        Run run = new Run(total);
        long start = System.nanoTime() + 20_000_000L;
        long maxLag = 0;
        List<String> ids = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            maxLag = Math.max(maxLag, System.nanoTime() - due);
            long seq = sequence.incrementAndGet();
            String id = "cmd-" + seq;
            ids.add(id);
            Pending p = new Pending(run, due);
            inFlight.put(id, p);
            String text = texts.get((int) (nextText.getAndIncrement() % texts.size()));
            client.sendAsync(requests.command("/kb", text, seq),
                    HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                        long now = System.nanoTime();
                        if (failure != null || response.statusCode() != 200) {
                            fail(id, p, failure != null ? kind(failure) : "HTTP " + response.statusCode());
                            return;
                        }
                        boolean inBody = response.body().contains("\"blocks\"") || response.body().contains("\"text\"");
                        boolean busy = !response.body().contains("\"blocks\"")
                                && response.body().contains(":hourglass:");
                        synchronized (p) {
                            p.acked = now;
                            p.busy = busy;
                            if (inBody && p.answered < 0) {
                                p.answered = now;
                            }
                        }
                        complete(id, p);
                    });
        }
        long sendEnd = start + total * period;
        long deadline = Math.max(System.nanoTime(), sendEnd) + (long) (drainSeconds * 1e9);
        while (run.open.get() > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        int unanswered = 0;
        for (String id : ids) {
            Pending p = inFlight.remove(id);
            if (p != null) {
                synchronized (p) {
                    if (!p.closed) {
                        p.closed = true;
                        unanswered++;
                    }
                }
            }
        }
        if (unanswered > 0) {
            run.kinds.merge("not answered within the drain time", unanswered, Integer::sum);
        }
        double window = (Math.max(run.lastDone.get(), sendEnd) - start) / 1e9;
        return new Outcome(total, run.finished.get(), run.busy.get(), run.errors.get(), unanswered,
                run.finished.get() / window, run.latencies, maxLag / 1e6, new TreeMap<>(run.kinds));
    }

    /**
     * Asks one {@code /kb} question and waits for its answer: the acknowledgement's body when it holds the answer,
     * else what arrives at the command's {@code response_url}; null when neither came within the timeout.
     */
    String ask(String text, double timeoutSeconds) throws InterruptedException {
        long seq = sequence.incrementAndGet();
        String id = "cmd-" + seq;
        java.util.concurrent.CompletableFuture<String> posted = new java.util.concurrent.CompletableFuture<>();
        questions.put(id, posted);
        long timeout = (long) (timeoutSeconds * 1e9);
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(requests.command("/kb", text, seq),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return null;
            }
            if (response.body().contains("\"blocks\"") || response.body().contains("\"text\"")) {
                return response.body();
            }
            return posted.get(Math.max(1, timeout - (System.nanoTime() - started)), TimeUnit.NANOSECONDS);
        } catch (java.io.IOException | java.util.concurrent.ExecutionException
                 | java.util.concurrent.TimeoutException e) {
            return null;
        } finally {
            questions.remove(id);
        }
    }

    private void fail(String id, Pending p, String kind) {
        synchronized (p) {
            if (p.closed) {
                return;
            }
            p.closed = true;
        }
        inFlight.remove(id);
        p.run.errors.incrementAndGet();
        p.run.kinds.merge(kind, 1, Integer::sum);
        p.run.open.decrementAndGet();
    }

    private void complete(String id, Pending p) {
        long done;
        boolean busy;
        synchronized (p) {
            if (p.closed || p.acked < 0 || p.answered < 0) {
                return;
            }
            p.closed = true;
            done = Math.max(p.acked, p.answered);
            busy = p.busy;
        }
        inFlight.remove(id);
        p.run.latencies.add(done - p.due);
        (busy ? p.run.busy : p.run.finished).incrementAndGet();
        p.run.open.decrementAndGet();
        p.run.lastDone.accumulateAndGet(done, Math::max);
    }

    private static String kind(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return "timeout (10 s)";
        }
        String message = String.valueOf(cause.getMessage());
        return message.contains("no bytes") || message.contains("closed") || message.contains("reset")
                ? "connection closed" : cause.getClass().getSimpleName();
    }
}
