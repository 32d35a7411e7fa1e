package dev.deskhand.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End to end over HTTP: the packaged jar against the stand-in Slack, driven by signed requests at fixed arrival
 * rates (open loop). Scenarios: {@code kb} (the answer is in the HTTP response), {@code mention} (acknowledged at
 * once, answered later by {@code chat.postMessage}: both times are measured) and {@code escalation}
 * ({@code view_submission} of the escalation form).
 */
final class HttpBench {

    private final Report report;
    private final Options options;
    private final AtomicLong sequence = new AtomicLong();
    /** Where the times until {@code chat.postMessage} arrives go for the mention run in progress. */
    private volatile Latencies answerSink = new Latencies();

    HttpBench(Report report, Options options) {
        this.report = report;
        this.options = options;
    }

    void run() throws Exception {
        String database = options.text("database", "h2");
        String dbLabel = database.equals("h2") ? "H2" : "PostgreSQL";
        List<String> scenarios = Arrays.asList(options.text("scenarios", "kb,mention").split(","));
        List<Integer> rates = options.integers("rates", "50,100,200,400");
        double seconds = options.decimal("seconds", 30);
        List<String> queries = Queries.fromEvalData(options.path("eval-data", "../shared/eval-data"),
                options.integer("per-set", 500), Bench.SEED);
        if (queries == null) {
            queries = List.of("refund policy", "password reset", "환불", "double charge", "order tracking");
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KNOWLEDGE_DIR", options.path("knowledge", "knowledge").toAbsolutePath().toString());
        Path work = options.path("work", "bench/out/work/http-" + database.hashCode());
        ScratchPostgres scratch = database.equals("h2") ? null : new ScratchPostgres(options.text("jdbc", ""), "http");
        if (scratch != null) {
            env.put("DATABASE_URL", scratch.url());
        }
        try {
            run(database, dbLabel, scenarios, rates, seconds, queries, env, work);
        } finally {
            if (scratch != null) {
                scratch.close();
            }
        }
    }

    private void run(String database, String dbLabel, List<String> scenarios, List<Integer> rates, double seconds,
                     List<String> queries, Map<String, String> env, Path work) throws Exception {
        List<String> jvm = options.text("server-jvm", "").isBlank() ? List.of()
                : Arrays.asList(options.text("server-jvm", "").trim().split("\\s+"));
        try (StandInSlack slack = new StandInSlack();
             ServerProcess server = ServerProcess.start(options.path("jar", "target/deskhand.jar"), work, jvm, env,
                     slack.apiUrl(), options.path("log", "bench/out/server-http-" + database + ".log"))) {
            double ready = server.awaitReady(options.decimal("ready-cap", 180));
            if (Double.isNaN(ready)) {
                report.note("http", dbLabel, "server did not become ready; see the server log");
                return;
            }
            report.figure("http", dbLabel + ", idle", "RSS after start", server.rssMiB(), "MiB",
                    Report.Goal.AT_MOST, 300);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .executor(Executors.newFixedThreadPool(4, daemon("http-client"))).build();
            SignedRequests requests = new SignedRequests(server.events(), ServerProcess.SIGNING_SECRET, slack);
            OpenLoop loop = new OpenLoop(client);
            Map<String, Long> answerDue = new ConcurrentHashMap<>();
            slack.onPostMessage((thread, arrived) -> {
                Long due = thread == null ? null : answerDue.remove(thread);
                if (due != null) {
                    answerSink.add(arrived - due);
                }
            });
            List<String> texts = queries;
            double warmup = options.decimal("warmup", 5);
            for (String scenario : scenarios) {
                // Warm-up at the lowest rate so the JIT has compiled the hot paths before anything is reported.
                run(loop, requests, scenario, texts, rates.get(0), warmup, answerDue, new Latencies());
                answerDue.clear();
                for (int rate : rates) {
                    Latencies mentionAnswers = scenario.equals("mention") ? new Latencies() : null;
                    try (RssSampler rss = new RssSampler(server)) {
                        double length = scenario.equals("kb") ? seconds : options.decimal("other-seconds", seconds);
                        OpenLoop.Outcome outcome = run(loop, requests, scenario, texts, rate, length, answerDue,
                                mentionAnswers);
                        if (mentionAnswers != null) {
                            awaitAnswers(answerDue, 10);
                        }
                        report(dbLabel, scenario, rate, outcome, mentionAnswers, answerDue.size(), rss.peakMiB());
                    }
                    answerDue.clear();
                    if (!server.isAlive()) {
                        report.note("http", dbLabel, "server exited during the run; see its log");
                        return;
                    }
                    TimeUnit.SECONDS.sleep(2);
                }
            }
            report.note("http", dbLabel, "stand-in Slack calls: " + slack.callCounts());
            report.figure("http", dbLabel + ", after load", "RSS", server.rssMiB(), "MiB", Report.Goal.AT_MOST, 300);
        }
    }

    private OpenLoop.Outcome run(OpenLoop loop, SignedRequests requests, String scenario, List<String> texts,
                                 int rate, double seconds, Map<String, Long> answerDue, Latencies answers)
            throws InterruptedException {
        return switch (scenario) {
            case "kb" -> loop.run(rate, seconds, (i, due) -> requests.command("/kb",
                    texts.get((int) (sequence.incrementAndGet() % texts.size())), i),
                    response -> response.body().contains("\"blocks\"") || response.body().contains("\"text\""), 5);
            case "mention" -> {
                answerSink = answers == null ? new Latencies() : answers;
                answerDue.clear();
                yield loop.run(rate, seconds, (i, due) -> {
                    long n = sequence.incrementAndGet();
                    String ts = "1763900000." + String.format("%06d", n);
                    answerDue.put(ts, due);
                    return requests.mention(texts.get((int) (n % texts.size())), ts, "EvBENCH" + n);
                }, response -> true, 5);
            }
            case "escalation" -> loop.run(rate, seconds, (i, due) -> requests.escalationSubmission(
                    sequence.incrementAndGet()), response -> !response.body().contains("errors"), 5);
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
    }

    private static void awaitAnswers(Map<String, Long> answerDue, double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (!answerDue.isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private void report(String db, String scenario, int rate, OpenLoop.Outcome o, Latencies answers,
                        int unanswered, double peakRss) {
        String subject = (scenario.equals("kb") ? "/kb" : scenario.equals("mention") ? "@mention ack"
                : scenario.equals("escalation") ? "escalation submit" : scenario)
                + " " + rate + "/s, " + db;
        report.figure("http", subject, "achieved rate", o.achievedPerSecond(), "req/s");
        report.figure("http", subject, "p50", o.latencies().millis(50), "ms");
        report.figure("http", subject, "p95", o.latencies().millis(95), "ms");
        if (scenario.equals("kb") && rate == 200) {
            report.figure("http", subject, "p99", o.latencies().millis(99), "ms", Report.Goal.AT_MOST, 20);
        } else {
            report.figure("http", subject, "p99", o.latencies().millis(99), "ms");
        }
        report.figure("http", subject, "errors", o.errors(), "of " + o.due());
        report.figure("http", subject, "max send lag", o.maxSendLagMs(), "ms");
        report.figure("http", subject, "peak RSS", peakRss, "MiB", Report.Goal.AT_MOST, 300);
        if (o.firstError() != null) {
            report.note("http", subject, "errors by kind: " + o.errorKinds() + "; first: " + o.firstError());
        }
        if (answers != null) {
            String answerSubject = "@mention answer " + rate + "/s, " + db;
            report.figure("http", answerSubject, "p50", answers.millis(50), "ms");
            report.figure("http", answerSubject, "p95", answers.millis(95), "ms");
            report.figure("http", answerSubject, "p99", answers.millis(99), "ms");
            report.figure("http", answerSubject, "answers missing", unanswered, "of " + o.due());
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
