package dev.deskhand.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deskhand side by side with a peer (issue 15): the same signed {@code /kb} load, the same knowledge folder and the
 * same stand-in Slack, against Deskhand with meaning search on (the default), Deskhand with {@code KB_MEANING=off}
 * and a second command — by default the Bolt-JS + MiniSearch app in {@code bench/peer}, but any app that serves
 * signed requests on {@code /slack/events}, answers {@code /kb} in its acknowledgement or on the command's
 * {@code response_url}, and answers {@code GET /readyz} with 200 once ready.
 *
 * <p>Rounds are interleaved (each round runs every contestant, in an order rotated per round), so drift in the
 * machine's load falls on all of them alike; the summary gives the median and range over rounds and the ratio
 * Deskhand ÷ peer of the medians. Deskhand runs with the JVM options and environment of the shipped container,
 * read from the {@code Dockerfile}.
 */
final class SideBySide {

    /** A server under test; {@code cli} is its one-question command, without the question. */
    record Contestant(String name, String label, List<String> server, List<String> cli, Map<String, String> env) {
    }

    /** Metric keys in table order, with their row labels and how to print them. */
    private static final String[][] ROWS = {
            {"cpu", "CPU per `/kb` request at 20 req/s (ms)", "%.2f"},
            {"idle_cpu", "CPU while idle (ms per second)", "%.1f"},
            {"answered_20", "… answered at 20 req/s (of {due20})", "%.0f"},
            {"p50_20", "`/kb` answer p50 at 20 req/s (ms)", "%.1f"},
            {"load_finished", "`/kb` at {load}: answered (of {due})", "%.0f"},
            {"load_busy", "… told busy, try again", "%.0f"},
            {"load_failed", "… errors + no reply", "%.0f"},
            {"load_p50", "… reply p50, answer or busy (ms)", "%.1f"},
            {"load_p99", "… reply p99, answer or busy (ms)", "%.0f"},
            {"ready_cold", "ready after start, cold (s)", "%.2f"},
            {"ready_restart", "ready after a restart, unchanged knowledge (s)", "%.2f"},
            {"rss_idle", "RSS idle after start (MiB)", "%.0f"},
            {"rss_load", "RSS peak under {rate} req/s (MiB)", "%.0f"},
            {"cli", "`kb --json \"refund policy\"` wall time (s)", "%.2f"},
            {"ready_10k_cold", "10k articles: ready after a cold start (s)", "%.1f"},
            {"ready_10k_restart", "10k articles: ready after a restart (s)", "%.2f"},
            {"rss_10k", "10k articles: RSS idle (MiB)", "%.0f"},
            {"edit_10k", "10k articles: edit → searchable (s)", "%.2f"},
            {"ready_100k_cold", "100k articles: ready after a cold start (s)", "%.1f"},
    };

    private final Report report;
    private final Options options;
    private final AtomicLong sequence = new AtomicLong(9_000_000);
    /** contestant name → metric key → one value per measurement. */
    private final Map<String, Map<String, List<Double>>> figures = new LinkedHashMap<>();
    private final Random random = new Random(Bench.SEED);
    private Path work;
    private Path logDir;

    SideBySide(Report report, Options options) {
        this.report = report;
        this.options = options;
    }

    void run() throws Exception {
        Path dockerfile = options.path("dockerfile", "Dockerfile");
        work = options.path("work", "bench/out/work").resolve("side-by-side");
        logDir = options.path("logs", "bench/out");
        Path knowledge = options.path("knowledge", "knowledge").toAbsolutePath();
        ContainerSettings container = ContainerSettings.fromDockerfile(dockerfile);
        container = withArchive(container, knowledge);
        List<String> deskhandJvm = new ArrayList<>(container.jvmOptions());
        String containerMemory = options.text("container-memory", "");
        if (!containerMemory.isBlank()) {
            // What the JVM would detect inside a container with this memory limit.
            deskhandJvm.add("-XX:MaxRAM=" + containerMemory);
        }
        deskhandJvm.addAll(words(options.text("server-jvm", "")));
        report.note("peer", "container settings", "from " + dockerfile + ": " + container
                + (containerMemory.isBlank() ? "; no container memory limit emulated"
                : "; container memory limit emulated with -XX:MaxRAM=" + containerMemory));
        List<Contestant> contestants = contestants(deskhandJvm, container.env());
        List<String> queries = Queries.fromEvalData(options.path("eval-data", "../shared/eval-data"),
                options.integer("per-set", 500), Bench.SEED);
        if (queries == null) {
            queries = List.of("refund policy", "password reset", "환불", "double charge", "order tracking");
            report.note("peer", "queries", "no evaluation data; five fixed questions");
        }
        int rounds = options.integer("rounds", 3);
        long perProcess = Math.round(50 * options.decimal("warmup", 10) + 20 * options.decimal("cpu-seconds", 20)
                + options.decimal("load-rate", 400) * options.decimal("load-seconds", 15));
        long distinct = queries.stream().distinct().count();
        report.note("peer", "questions", String.format(Locale.ROOT, "%d texts (%d distinct); every server is asked "
                + "them in the same order from the first, %d per server: %s", queries.size(), distinct, perProcess,
                perProcess <= distinct ? "no question is asked twice of one server"
                        : "questions repeat, which favours an answer cache"));
        try (StandInSlack slack = new StandInSlack()) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .executor(Executors.newFixedThreadPool(4, HttpBench.daemon("http-client"))).build();
            for (int round = 0; round < rounds; round++) {
                for (Contestant c : rotated(contestants, round)) {
                    starterRound(c, round + 1, knowledge, queries, slack, client);
                }
            }
            String large = options.text("large", "");
            if (!large.isBlank() && Files.isDirectory(Path.of(large))) {
                for (Contestant c : rotated(contestants, rounds)) {
                    largeRound(c, Path.of(large).toAbsolutePath(), slack, client);
                }
            }
            String huge = options.text("huge", "");
            if (!huge.isBlank() && Files.isDirectory(Path.of(huge))) {
                for (Contestant c : rotated(contestants, rounds + 1)) {
                    hugeRound(c, Path.of(huge).toAbsolutePath(), slack);
                }
            }
            report.note("peer", "stand-in", "Slack Web API calls: " + slack.callCounts());
        }
        summary(contestants);
    }

    /** The Dockerfile's class-data archive, made for the jar under test as the image's build step makes it. */
    private ContainerSettings withArchive(ContainerSettings container, Path knowledge) throws Exception {
        Map<String, String> env = new LinkedHashMap<>(container.env());
        env.put("KNOWLEDGE_DIR", knowledge.toString());
        Path jar = options.path("jar", "target/deskhand.jar").toAbsolutePath();
        long started = System.nanoTime();
        ContainerSettings local = container.withArchiveFor(Path.of(System.getProperty("java.home"), "bin", "java"),
                jar, work.resolve("deskhand.jsa").toAbsolutePath(), env, logDir.resolve("archive-training.log"));
        if (local != container) {
            report.note("peer", "class-data archive", String.format(Locale.ROOT, "made for %s by the Dockerfile's "
                    + "training step in %.1f s", jar, (System.nanoTime() - started) / 1e9));
        }
        return local;
    }

    private List<Contestant> contestants(List<String> deskhandJvm, Map<String, String> containerEnv) {
        String jar = options.path("jar", "target/deskhand.jar").toAbsolutePath().toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> deskhandServer = new ArrayList<>();
        deskhandServer.add(java);
        deskhandServer.addAll(deskhandJvm);
        deskhandServer.addAll(List.of("-jar", jar, "serve"));
        List<String> deskhandCli = new ArrayList<>();
        deskhandCli.add(java);
        deskhandCli.addAll(deskhandJvm);
        deskhandCli.addAll(List.of("-jar", jar, "kb"));
        Map<String, String> meaningOn = new LinkedHashMap<>(containerEnv);
        meaningOn.put("KB_MEANING", null);
        Map<String, String> meaningOff = new LinkedHashMap<>(containerEnv);
        meaningOff.put("KB_MEANING", "off");
        List<Contestant> all = new ArrayList<>();
        all.add(new Contestant("deskhand", "Deskhand (default)", deskhandServer, deskhandCli, meaningOn));
        all.add(new Contestant("words-only", "Deskhand, `KB_MEANING=off`", deskhandServer, deskhandCli, meaningOff));
        all.add(new Contestant("peer", "peer (Bolt-JS + MiniSearch)",
                absolute(words(options.text("peer-command", "node bench/peer/app.js"))),
                absolute(words(options.text("peer-cli", "node bench/peer/kb.js"))), Map.of()));
        List<String> wanted = Arrays.asList(options.text("contestants", "deskhand,words-only,peer").split(","));
        all.removeIf(c -> !wanted.contains(c.name()));
        all.forEach(c -> figures.put(c.name(), new LinkedHashMap<>()));
        return all;
    }

    /** One round on the starter knowledge: cold start, idle, CPU at 20 req/s, 400 req/s, restart, the CLI. */
    private void starterRound(Contestant c, int round, Path knowledge, List<String> queries, StandInSlack slack,
                              HttpClient client) throws Exception {
        String subject = c.name() + ", round " + round;
        Path dir = work.resolve(c.name() + "-" + round);
        StartupBench.deleteTree(dir);
        Map<String, String> env = env(c, knowledge);
        Path log = logDir.resolve("server-peer-" + c.name() + ".log");
        try (ServerProcess server = ServerProcess.start(c.server(), dir, env, slack.apiUrl(), log)) {
            double ready = server.awaitReady(options.decimal("ready-cap", 120));
            record(c, subject, "ready_cold", ready, "s");
            if (Double.isNaN(ready)) {
                report.note("peer", subject, "not ready; see " + log);
                return;
            }
            TimeUnit.SECONDS.sleep(3);
            record(c, subject, "rss_idle", server.rssMiB(), "MiB");
            double idleSeconds = options.decimal("idle-seconds", 5);
            double cpu0 = server.cpuMillis();
            TimeUnit.MILLISECONDS.sleep((long) (idleSeconds * 1000));
            record(c, subject, "idle_cpu", (server.cpuMillis() - cpu0) / idleSeconds, "ms/s");

            AnswerLoop loop = new AnswerLoop(client, new SignedRequests(server.events(), ServerProcess.SIGNING_SECRET,
                    slack), slack, sequence);
            // Warm-up, so both runtimes have compiled their hot paths before anything is reported.
            AnswerLoop.Outcome warm = loop.run(50, options.decimal("warmup", 10), queries, 5);
            note(subject, "warm-up 50/s", warm);
            settle(server, subject, "before 20/s");

            double before = server.cpuMillis();
            AnswerLoop.Outcome slow = loop.run(20, options.decimal("cpu-seconds", 20), queries, 5);
            double spent = server.cpuMillis() - before;
            // Divided by the requests sent: when some are not answered (saturated), the CPU they took is still in.
            record(c, subject, "cpu", spent / slow.due(), "ms");
            record(c, subject, "answered_20", slow.finished(), "of " + slow.due());
            record(c, subject, "p50_20", slow.latencies().millis(50), "ms");
            note(subject, "20/s", slow);
            settle(server, subject, "before the load");

            double rate = options.decimal("load-rate", 400);
            AnswerLoop.Outcome load;
            double peak;
            try (RssSampler rss = new RssSampler(server)) {
                load = loop.run(rate, options.decimal("load-seconds", 15), queries, options.decimal("drain", 10));
                peak = rss.peakMiB();
            }
            record(c, subject, "load_finished", load.finished(), "of " + load.due());
            record(c, subject, "load_busy", load.busy(), "of " + load.due());
            record(c, subject, "load_failed", load.errors() + load.unanswered(), "of " + load.due());
            record(c, subject, "load_p50", load.latencies().millis(50), "ms");
            record(c, subject, "load_p99", load.latencies().millis(99), "ms");
            record(c, subject, "rss_load", peak, "MiB");
            note(subject, String.format(Locale.ROOT, "%.0f/s", rate), load);
            if (!server.isAlive()) {
                report.note("peer", subject, "the server exited under load; see " + log);
            }
        }
        // A restart on the same data folder: Deskhand finds its persisted index; the peer always starts cold.
        try (ServerProcess server = ServerProcess.start(c.server(), dir, env, slack.apiUrl(), log)) {
            record(c, subject, "ready_restart", server.awaitReady(options.decimal("ready-cap", 120)), "s");
        }
        cli(c, subject, dir, env);
    }

    /** Wall time of one question on the command line, against the index the server left in its data folder. */
    private void cli(Contestant c, String subject, Path dir, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(c.cli());
        command.addAll(List.of("--json", "refund policy"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> processEnv = builder.environment();
        processEnv.put("DESKHAND_DATA_DIR", dir.resolve("data").toAbsolutePath().toString());
        processEnv.put("LOG_LEVEL", "WARN");
        env.forEach((k, v) -> {
            if (v == null) {
                processEnv.remove(k);
            } else {
                processEnv.put(k, v);
            }
        });
        Path output = dir.resolve("cli-output.txt");
        builder.redirectOutput(output.toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!exited) {
            process.destroyForcibly();
        }
        String printed = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        boolean right = exited && process.exitValue() == 0 && printed.contains("refund-policy");
        record(c, subject, "cli", right ? seconds : Double.NaN, "s");
        if (!right) {
            report.note("peer", subject, "kb --json did not print the refund-policy article: "
                    + OpenLoop.abbreviate(printed));
        }
    }

    /** 10k articles: a cold start (the index is built), edits becoming searchable, a restart. */
    private void largeRound(Contestant c, Path knowledge, StandInSlack slack, HttpClient client) throws Exception {
        String subject = c.name() + ", " + knowledge.getFileName();
        Path dir = work.resolve(c.name() + "-large");
        StartupBench.deleteTree(dir);
        // The server's INFO log, one file per phase: what the index did is how a slow or missed edit is explained.
        Map<String, String> env = env(c, knowledge);
        env.put("LOG_LEVEL", "INFO");
        Path log = phaseLog(c, "10k-cold");
        int articles = options.integer("large-articles", 10_000);
        try (ServerProcess server = ServerProcess.start(c.server(), dir, env, slack.apiUrl(), log)) {
            double ready = server.awaitReady(options.decimal("large-ready-cap", 300));
            record(c, subject, "ready_10k_cold", ready, "s");
            if (Double.isNaN(ready)) {
                report.note("peer", subject, "not ready within the cap; see " + log);
                return;
            }
            TimeUnit.SECONDS.sleep(3);
            record(c, subject, "rss_10k", server.rssMiB(), "MiB");
            AnswerLoop loop = new AnswerLoop(client, new SignedRequests(server.events(), ServerProcess.SIGNING_SECRET,
                    slack), slack, sequence);
            loop.ask("refund policy", 10);
            for (int e = 0; e < options.integer("edits", 2); e++) {
                record(c, subject, "edit_10k", edit(loop, knowledge, articles / 2 + e * 37), "s");
            }
        }
        try (ServerProcess server = ServerProcess.start(c.server(), dir, env, slack.apiUrl(),
                phaseLog(c, "10k-restart"))) {
            record(c, subject, "ready_10k_restart", server.awaitReady(options.decimal("large-ready-cap", 300)), "s");
        }
        StartupBench.deleteTree(dir);
    }

    /**
     * Appends a sentence with a word found nowhere else to one article and asks {@code /kb} for that word until
     * the answer names the article; the file is restored afterwards (and given time to be re-read).
     */
    private double edit(AnswerLoop loop, Path knowledge, int victim) throws Exception {
        Path file = SyntheticKb.find(knowledge, victim);
        String id = SyntheticKb.id(victim);
        byte[] original = Files.readAllBytes(file);
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        double cap = options.decimal("edit-cap", 60);
        long started = System.nanoTime();
        Files.writeString(file, "\nThe " + word + " procedure applies here.\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        double seconds = Double.NaN;
        String last = null;
        try {
            while ((System.nanoTime() - started) / 1e9 < cap) {
                String answer = loop.ask(word.toString(), 5);
                last = answer;
                if (answer != null && answer.contains(id)) {
                    seconds = (System.nanoTime() - started) / 1e9;
                    break;
                }
                TimeUnit.MILLISECONDS.sleep(20);
            }
        } finally {
            Files.write(file, original);
        }
        // The next edit starts only once the restored file is searchable again (the marker no longer finds it).
        long restored = System.nanoTime();
        while ((System.nanoTime() - restored) / 1e9 < cap) {
            String answer = loop.ask(word.toString(), 5);
            if (answer != null && !answer.contains(id)) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        if (Double.isNaN(seconds)) {
            report.note("peer", "edit", word + " in " + id + ": the last answer was "
                    + (last == null ? "none (no reply within 5 s)" : OpenLoop.abbreviate(last)));
        }
        report.note("peer", "edit", String.format(Locale.ROOT, "%s in %s: searchable after %.2f s; restored "
                + "after %.2f s", word, id, seconds, (System.nanoTime() - restored) / 1e9));
        return seconds;
    }

    /** 100k articles: only whether a cold start is ready within the build cap, and when. */
    private void hugeRound(Contestant c, Path knowledge, StandInSlack slack) throws Exception {
        String subject = c.name() + ", " + knowledge.getFileName();
        Path dir = work.resolve(c.name() + "-huge");
        StartupBench.deleteTree(dir);
        Path log = phaseLog(c, "100k-cold");
        Map<String, String> env = env(c, knowledge);
        env.put("LOG_LEVEL", "INFO");
        double cap = options.decimal("build-cap", 35);
        try (ServerProcess server = ServerProcess.start(c.server(), dir, env, slack.apiUrl(), log)) {
            double ready = server.awaitReady(cap);
            record(c, subject, "ready_100k_cold", ready, "s");
            if (Double.isNaN(ready)) {
                report.note("peer", subject, String.format(Locale.ROOT, "not ready within the %.0f s cap%s", cap,
                        server.isAlive() ? "" : " (the process exited; see " + log + ")"));
            }
        }
        StartupBench.deleteTree(dir);
    }

    /**
     * Waits until the process uses less than a tenth of a core over one second (start-up work in the background,
     * requests still queued from the step before), at most {@code settle-cap} seconds, so that one step's leftovers
     * are not charged to the next; notes how long it took when it was more than a second.
     */
    private void settle(ServerProcess server, String subject, String when) throws InterruptedException {
        long started = System.nanoTime();
        double cap = options.decimal("settle-cap", 30);
        double rate = Double.NaN;
        while ((System.nanoTime() - started) / 1e9 < cap && server.isAlive()) {
            double before = server.cpuMillis();
            TimeUnit.SECONDS.sleep(1);
            rate = server.cpuMillis() - before;
            if (rate < 100) {
                break;
            }
        }
        double waited = (System.nanoTime() - started) / 1e9;
        if (waited > 1.5) {
            report.note("peer", subject, String.format(Locale.ROOT, "%s: waited %.0f s for the process to go quiet "
                    + "(last second: %.0f ms CPU)", when, waited, rate));
        }
    }

    /** A fresh log file of its own for one phase of the large rounds (the process appends to it). */
    private Path phaseLog(Contestant c, String phase) throws IOException {
        Path log = logDir.resolve("server-peer-" + c.name() + "-" + phase + ".log");
        Files.deleteIfExists(log);
        return log;
    }

    private static Map<String, String> env(Contestant c, Path knowledge) {
        Map<String, String> env = new LinkedHashMap<>(c.env());
        env.put("KNOWLEDGE_DIR", knowledge.toString());
        return env;
    }

    private void record(Contestant c, String subject, String metric, double value, String unit) {
        figures.get(c.name()).computeIfAbsent(metric, k -> new ArrayList<>()).add(value);
        report.figure("peer", subject, metric, value, unit);
    }

    private void note(String subject, String what, AnswerLoop.Outcome o) {
        report.note("peer", subject, String.format(Locale.ROOT,
                "%s: %d of %d answered, %d told busy, %d errors, %d no reply; reply p50 %.1f / p99 %.1f ms; max send "
                        + "lag %.0f ms%s",
                what, o.finished(), o.due(), o.busy(), o.errors(), o.unanswered(), o.latencies().millis(50),
                o.latencies().millis(99), o.maxSendLagMs(), o.errorKinds().isEmpty() ? "" : "; " + o.errorKinds()));
    }

    /** The Markdown table (median, range over rounds, ratio to the peer) and the targets. */
    private void summary(List<Contestant> contestants) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("| |");
        contestants.forEach(c -> md.append(' ').append(c.label()).append(" |"));
        boolean peer = figures.containsKey("peer");
        List<Contestant> ours = contestants.stream().filter(c -> !c.name().equals("peer")).toList();
        if (peer) {
            ours.forEach(c -> md.append(' ').append(c.name().equals("deskhand") ? "default" : "words only")
                    .append(" ÷ peer |"));
        }
        md.append('\n').append("|---|");
        contestants.forEach(c -> md.append("---|"));
        if (peer) {
            ours.forEach(c -> md.append("---|"));
        }
        md.append('\n');
        for (String[] row : ROWS) {
            if (figures.values().stream().noneMatch(m -> m.containsKey(row[0]))) {
                continue;
            }
            double rate = options.decimal("load-rate", 400);
            double seconds = options.decimal("load-seconds", 15);
            md.append("| ").append(row[1].replace("100k articles", Bench.label(options.integer("huge-articles", 100_000)))
                    .replace("10k articles", Bench.label(options.integer("large-articles", 10_000)))
                    .replace("{load}", Report.format(rate) + " req/s for " + Report.format(seconds) + " s")
                    .replace("{due}", String.format(Locale.ROOT, "%,d", Math.round(rate * seconds)))
                    .replace("{rate}", Report.format(rate))
                    .replace("{due20}", Report.format(Math.round(20 * options.decimal("cpu-seconds", 20)))))
                    .append(" |");
            for (Contestant c : contestants) {
                md.append(' ').append(cell(figures.get(c.name()).get(row[0]), row[2], row[0])).append(" |");
            }
            if (peer) {
                double theirs = median(figures.get("peer").get(row[0]));
                for (Contestant c : ours) {
                    double mine = median(figures.get(c.name()).get(row[0]));
                    md.append(' ').append(Double.isNaN(mine) || Double.isNaN(theirs) || theirs == 0 ? "—"
                            : String.format(Locale.ROOT, "%.2f×", mine / theirs)).append(" |");
                }
            }
            md.append('\n');
        }
        md.append('\n').append(targets());
        Path out = options.path("table", "bench/out/side-by-side.md");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(md);
    }

    /** The Done-when lines this run can judge, each met or MISSED on the medians. */
    private String targets() {
        StringBuilder t = new StringBuilder("Targets (issue 15), on the medians:\n");
        double peerCpu = med("peer", "cpu");
        String large = Bench.label(options.integer("large-articles", 10_000));
        String huge = Bench.label(options.integer("huge-articles", 100_000));
        verdict(t, "CPU per request, words only ≤ peer", "words-only", "cpu", peerCpu);
        verdict(t, "CPU per request, default ≤ 2 × peer", "deskhand", "cpu", 2 * peerCpu);
        for (String mode : List.of("deskhand", "words-only")) {
            List<Double> failed = figures.getOrDefault(mode, Map.of()).get("load_failed");
            if (failed != null) {
                double worst = failed.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
                verdict(t, Report.format(options.decimal("load-rate", 400)) + " req/s for "
                        + Report.format(options.decimal("load-seconds", 15)) + " s with 0 errors or unanswered "
                        + "(worst round), " + mode, worst, 0);
            }
            verdict(t, "RSS under load ≤ 1.5 × peer, " + mode, mode, "rss_load", 1.5 * med("peer", "rss_load"));
            verdict(t, "RSS under load ≤ 256 MB (244 MiB), " + mode, mode, "rss_load", 256e6 / 1048576);
            verdict(t, "ready on restart ≤ 2 s, " + mode, mode, "ready_restart", 2);
            verdict(t, "ready on restart ≤ peer's, " + mode, mode, "ready_restart", med("peer", "ready_restart"));
            verdict(t, "ready cold ≤ 5 s, " + mode, mode, "ready_cold", 5);
            verdict(t, "edit → searchable ≤ 1 s at " + large + ", " + mode, mode, "edit_10k", 1);
            verdict(t, huge + " ready ≤ 30 s, " + mode, mode, "ready_100k_cold", 30);
            verdict(t, "kb --json \"refund policy\" ≤ 2 s, " + mode, mode, "cli", 2);
        }
        return t.toString();
    }

    /** A verdict on one contestant's metric, left out when that contestant or metric was not part of the run. */
    private void verdict(StringBuilder t, String what, String contestant, String metric, double limit) {
        Map<String, List<Double>> m = figures.get(contestant);
        if (m != null && m.containsKey(metric)) {
            verdict(t, what, median(m.get(metric)), limit);
        }
    }

    private void verdict(StringBuilder t, String what, double measured, double limit) {
        boolean met = !Double.isNaN(measured) && !Double.isNaN(limit) && measured <= limit + 1e-9;
        t.append(String.format(Locale.ROOT, "- %s: measured %s, limit %s → %s%n", what,
                Double.isNaN(measured) ? "n/a" : Report.format(measured),
                Double.isNaN(limit) ? "n/a" : Report.format(limit), met ? "met" : "MISSED"));
        report.note("peer", "target", what + ": " + (met ? "met" : "MISSED"));
    }

    private double med(String contestant, String metric) {
        Map<String, List<Double>> m = figures.get(contestant);
        return m == null ? Double.NaN : median(m.get(metric));
    }

    private static double median(List<Double> values) {
        if (values == null || values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        // NaN (not ready, not measured) sorts last, so it only wins the median when most rounds failed.
        return sorted.get((sorted.size() - 1) / 2);
    }

    private String cell(List<Double> values, String format, String metric) {
        if (values == null || values.isEmpty()) {
            return "—";
        }
        String capNote = metric.startsWith("ready_100k") ? " (cap " + Report.format(options.decimal("build-cap", 35))
                + " s)" : "";
        double median = median(values);
        String text = Double.isNaN(median) ? (metric.startsWith("ready") ? "not ready" + capNote : "n/a")
                : String.format(Locale.ROOT, format, median);
        if (values.size() > 1) {
            double min = values.stream().filter(v -> !Double.isNaN(v)).mapToDouble(Double::doubleValue).min()
                    .orElse(Double.NaN);
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            boolean anyNaN = values.stream().anyMatch(v -> Double.isNaN(v));
            if (!Double.isNaN(min) && (min != max || anyNaN)) {
                text += String.format(Locale.ROOT, " (" + format + "–%s)", min,
                        anyNaN ? "n/a" : String.format(Locale.ROOT, format, max));
            }
        }
        return text;
    }

    private static List<Contestant> rotated(List<Contestant> list, int by) {
        List<Contestant> out = new ArrayList<>(list);
        if (!out.isEmpty()) {
            java.util.Collections.rotate(out, -(by % out.size()));
        }
        return out;
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }

    /** Relative script paths in a command are resolved against the repository, since servers run in scratch folders. */
    private static List<String> absolute(List<String> command) {
        List<String> out = new ArrayList<>();
        for (String word : command) {
            Path p = Path.of(word);
            out.add(!p.isAbsolute() && word.contains("/") && Files.exists(p) ? p.toAbsolutePath().toString() : word);
        }
        return out;
    }
}
