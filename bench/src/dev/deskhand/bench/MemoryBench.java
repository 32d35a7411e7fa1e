package dev.deskhand.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the server's resident memory goes (issue 15): the packaged jar with the {@code Dockerfile}'s JVM options and
 * environment (plus {@code --server-jvm}), meaning search on and off, idle after start and after a {@code /kb}
 * burst. Resident memory is split into anonymous pages (heap, metaspace, stacks, malloc: what a container must keep)
 * and file-backed pages (the jar, shared libraries, the mapped index: clean pages the kernel can drop and read
 * again, though a container's memory accounting charges them while they are resident); the file-backed part is
 * broken down by mapping, and the JVM's own share by Native Memory Tracking ({@code --nmt true}, which costs a few
 * MB itself).
 */
final class MemoryBench {

    private static final Pattern NMT_LINE = Pattern.compile("^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB");
    /** The header line of a mapping in /proc/pid/smaps starts with its address range; field lines with a name. */
    private static final Pattern MAPPING = Pattern.compile("[0-9a-f]+-[0-9a-f]+ ");
    private static final Pattern NMT_TOTAL = Pattern.compile("^Total: reserved=\\d+KB, committed=(\\d+)KB");

    private final Report report;
    private final Options options;
    private final AtomicLong sequence = new AtomicLong(7_000_000);

    MemoryBench(Report report, Options options) {
        this.report = report;
        this.options = options;
    }

    void run() throws Exception {
        ContainerSettings container = ContainerSettings.fromDockerfile(options.path("dockerfile", "Dockerfile"));
        // The image's class-data archive, made for this jar by the Dockerfile's own training step.
        Map<String, String> trainingEnv = new LinkedHashMap<>(container.env());
        trainingEnv.put("KNOWLEDGE_DIR", options.path("knowledge", "knowledge").toAbsolutePath().toString());
        container = container.withArchiveFor(Path.of(System.getProperty("java.home"), "bin", "java"),
                jarPath().toAbsolutePath(), options.path("work", "bench/out/work").resolve("memory-deskhand.jsa").toAbsolutePath(),
                trainingEnv, options.path("logs", "bench/out").resolve("archive-training.log"));
        List<String> jvm = new ArrayList<>(container.jvmOptions());
        jvm.addAll(words(options.text("server-jvm", "")));
        boolean nmt = Boolean.parseBoolean(options.text("nmt", "false"));
        if (nmt) {
            jvm.add("-XX:NativeMemoryTracking=summary");
        }
        report.note("memory", "settings", "JVM " + String.join(" ", jvm) + "; env " + container.env());
        Path knowledge = options.path("knowledge", "knowledge").toAbsolutePath();
        List<String> queries = Queries.fromEvalData(options.path("eval-data", "../shared/eval-data"),
                options.integer("per-set", 2000), Bench.SEED);
        if (queries == null) {
            queries = List.of("refund policy", "password reset", "환불", "double charge", "order tracking");
        }
        Path work = options.path("work", "bench/out/work").resolve("memory");
        try (StandInSlack slack = new StandInSlack()) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .executor(Executors.newFixedThreadPool(4, HttpBench.daemon("http-client"))).build();
            for (String mode : options.text("modes", "on,off").split(",")) {
                Map<String, String> env = new LinkedHashMap<>(container.env());
                env.put("KB_MEANING", mode.equals("off") ? "off" : null);
                env.put("KNOWLEDGE_DIR", knowledge.toString());
                measure("meaning " + mode, jvm, env, work.resolve(mode), queries, slack, client, nmt);
            }
        }
    }

    private void measure(String subject, List<String> jvm, Map<String, String> env, Path dir, List<String> queries,
                         StandInSlack slack, HttpClient client, boolean nmt) throws Exception {
        StartupBench.deleteTree(dir);
        Path log = options.path("logs", "bench/out").resolve("server-memory.log");
        try (ServerProcess server = ServerProcess.start(jarPath(), dir, jvm, env, slack.apiUrl(), log)) {
            double ready = server.awaitReady(options.decimal("ready-cap", 300));
            if (Double.isNaN(ready)) {
                report.note("memory", subject, "not ready; see " + log);
                return;
            }
            TimeUnit.SECONDS.sleep(3);
            snapshot(subject, "idle", server, dir, nmt);
            AnswerLoop loop = new AnswerLoop(client, new SignedRequests(server.events(), ServerProcess.SIGNING_SECRET,
                    slack), slack, sequence);
            AnswerLoop.Outcome warm = loop.run(50, options.decimal("warmup", 10), queries, 5);
            report.note("memory", subject, "warm-up 50/s: " + warm.finished() + " of " + warm.due() + " answered");
            double rate = options.decimal("load-rate", 400);
            double[] peak = {0, 0, 0};
            AnswerLoop.Outcome load;
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(HttpBench.daemon("rss"));
            try {
                timer.scheduleAtFixedRate(() -> {
                    Map<String, Long> s = status(server.pid());
                    if (s.getOrDefault("VmRSS", 0L) > peak[0]) {
                        peak[0] = s.getOrDefault("VmRSS", 0L);
                        peak[1] = s.getOrDefault("RssAnon", 0L);
                        peak[2] = s.getOrDefault("RssFile", 0L) + s.getOrDefault("RssShmem", 0L);
                    }
                }, 0, 200, TimeUnit.MILLISECONDS);
                load = loop.run(rate, options.decimal("load-seconds", 15), queries, options.decimal("drain", 10));
            } finally {
                timer.shutdownNow();
                timer.awaitTermination(1, TimeUnit.SECONDS);
            }
            report.note("memory", subject, String.format(Locale.ROOT, "%.0f/s: %d of %d answered, %d told busy, "
                    + "%d errors %s, %d unanswered", rate, load.finished(), load.due(), load.busy(), load.errors(),
                    load.errorKinds(), load.unanswered()));
            report.figure("memory", subject, "peak RSS under load", peak[0] / 1024, "MiB");
            report.figure("memory", subject, "… anon at the peak", peak[1] / 1024, "MiB");
            report.figure("memory", subject, "… file at the peak", peak[2] / 1024, "MiB");
            snapshot(subject, "after load", server, dir, nmt);
            if (!server.isAlive()) {
                report.note("memory", subject, "the server exited under load; see " + log);
            }
        }
    }

    private Path jarPath() {
        return options.path("jar", "target/deskhand.jar");
    }

    /** RSS split anon / file, the file-backed part by mapping, and NMT's committed memory per category. */
    private void snapshot(String subject, String when, ServerProcess server, Path dir, boolean nmt) throws Exception {
        Map<String, Long> s = status(server.pid());
        report.figure("memory", subject, "RSS " + when, s.getOrDefault("VmRSS", 0L) / 1024.0, "MiB");
        report.figure("memory", subject, "… anon " + when, s.getOrDefault("RssAnon", 0L) / 1024.0, "MiB");
        report.figure("memory", subject, "… file " + when,
                (s.getOrDefault("RssFile", 0L) + s.getOrDefault("RssShmem", 0L)) / 1024.0, "MiB");
        report.note("memory", subject, when + " file-backed by mapping (MiB): " + fileMappings(server.pid(), dir));
        report.note("memory", subject, when + " threads: " + s.getOrDefault("Threads", 0L));
        if (nmt) {
            report.note("memory", subject, when + " NMT committed (MiB): " + nmt(server.pid()));
        }
    }

    private static Map<String, Long> status(long pid) {
        Map<String, Long> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"),
                    StandardCharsets.UTF_8)) {
                int colon = line.indexOf(':');
                String digits = line.substring(colon + 1).replaceAll("[^0-9]", "");
                if (colon > 0 && !digits.isEmpty() && digits.length() < 18) {
                    values.put(line.substring(0, colon), Long.parseLong(digits));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process has exited
        }
        return values;
    }

    /** Resident file-backed pages grouped as: index (under the data folder), native libraries, jar, JDK, other. */
    private static String fileMappings(long pid, Path dir) {
        Map<String, Long> groups = new LinkedHashMap<>();
        String data = dir.toAbsolutePath().toString();
        try {
            String group = null;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps"),
                    StandardCharsets.UTF_8)) {
                if (MAPPING.matcher(line).lookingAt()) {
                    String[] parts = line.trim().split("\\s+", 6);
                    String name = parts.length == 6 ? parts[5] : "";
                    group = !name.startsWith("/") ? null
                            : name.startsWith(data) ? "index"
                            : name.endsWith(".jar") ? "jar"
                            : name.contains(".so") ? (name.contains("libjvm") ? "libjvm" : "other .so")
                            : name.contains("/lib/modules") || name.endsWith(".jsa") ? "JDK modules/CDS"
                            : "other";
                } else if (group != null && line.startsWith("Rss:")) {
                    groups.merge(group, Long.parseLong(line.replaceAll("[^0-9]", "")), Long::sum);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "n/a (" + e + ")";
        }
        StringBuilder out = new StringBuilder();
        groups.forEach((k, v) -> out.append(out.isEmpty() ? "" : ", ").append(k).append(' ')
                .append(String.format(Locale.ROOT, "%.1f", v / 1024.0)));
        return out.toString();
    }

    private static String nmt(long pid) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.native_memory", "summary")
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            Matcher total = NMT_TOTAL.matcher(line.trim());
            Matcher m = NMT_LINE.matcher(line.trim());
            if (total.find()) {
                out.append("total ").append(mib(total.group(1)));
            } else if (m.find() && Long.parseLong(m.group(2)) >= 1024) {
                out.append(", ").append(m.group(1).trim()).append(' ').append(mib(m.group(2)));
            }
        }
        return out.isEmpty() ? "n/a: " + OpenLoop.abbreviate(text) : out.toString();
    }

    private static String mib(String kb) {
        return String.format(Locale.ROOT, "%.1f", Long.parseLong(kb) / 1024.0);
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }
}
