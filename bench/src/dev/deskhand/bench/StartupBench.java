package dev.deskhand.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Start-up: from launching {@code java -jar deskhand.jar serve} until {@code /readyz} answers 200 (configuration
 * valid, database migrated, knowledge index built), and the resident memory once ready. Each attempt uses a fresh
 * data folder, so the embedded database is created and migrated every time, as on a first start.
 */
final class StartupBench {

    private final Report report;
    private final Options options;

    StartupBench(Report report, Options options) {
        this.report = report;
        this.options = options;
    }

    void run() throws Exception {
        Path knowledge = options.path("knowledge", "knowledge");
        String label = options.text("label", "starter KB");
        int attempts = options.integer("attempts", 3);
        double cap = options.decimal("ready-cap", 120);
        boolean starter = label.equals("starter KB");
        List<String> jvm = options.text("server-jvm", "").isBlank() ? List.of()
                : Arrays.asList(options.text("server-jvm", "").trim().split("\\s+"));
        List<Double> times = new ArrayList<>();
        try (StandInSlack slack = new StandInSlack()) {
            for (int i = 0; i < attempts; i++) {
                Path work = options.path("work", "bench/out/work").resolve("startup-" + label.hashCode() + "-" + i);
                deleteTree(work);
                Path log = options.path("log", "bench/out/server-startup.log");
                long logStart = Files.exists(log) ? Files.size(log) : 0;
                long launchedAt = System.currentTimeMillis();
                // INFO for this run only: the start-up milestones are logged at that level.
                try (ServerProcess server = ServerProcess.start(options.path("jar", "target/deskhand.jar"), work, jvm,
                        Map.of("KNOWLEDGE_DIR", knowledge.toAbsolutePath().toString(), "LOG_LEVEL", "INFO",
                                "LOG_FORMAT", "text"), slack.apiUrl(), log)) {
                    double ready = server.awaitReady(cap);
                    String subject = label + ", start " + (i + 1);
                    report.note("startup", subject, milestones(log, logStart, launchedAt));
                    if (Double.isNaN(ready)) {
                        report.note("startup", subject, "not ready within " + cap + " s"
                                + (server.isAlive() ? "" : " (the process exited; see bench/out/server-startup.log)"));
                        report.figure("startup", subject, "time to ready", Double.NaN, "s", Report.Goal.AT_MOST, 2);
                        break;
                    }
                    times.add(ready);
                    if (starter) {
                        report.figure("startup", subject, "time to ready", ready, "s", Report.Goal.AT_MOST, 2);
                    } else {
                        report.figure("startup", subject, "time to ready", ready, "s");
                    }
                    report.figure("startup", subject, "RSS when ready", server.rssMiB(), "MiB",
                            Report.Goal.AT_MOST, 300);
                }
                deleteTree(work);
            }
        }
        if (times.size() > 1) {
            times.sort(Double::compare);
            report.figure("startup", label, "median time to ready", times.get(times.size() / 2), "s");
        }
    }

    /** Seconds after launch at which the server logged each start-up step, read from its log. */
    private static String milestones(Path log, long from, long launchedAt) throws java.io.IOException {
        String[][] steps = {{"Starting Deskhand", "first log line"}, {"Database schema is current", "schema migrated"},
                {"Listening on", "HTTP listening"}, {"Knowledge index ready", "index ready"}};
        byte[] all = Files.readAllBytes(log);
        String text = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
                java.nio.charset.StandardCharsets.UTF_8);
        java.time.LocalDate today = java.time.LocalDate.now();
        List<String> out = new ArrayList<>();
        for (String[] step : steps) {
            for (String line : text.split("\n")) {
                if (line.contains(step[0]) && line.matches("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")) {
                    long at = java.time.LocalDateTime.of(today, java.time.LocalTime.parse(line.substring(0, 12)))
                            .atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
                    String extra = step[0].startsWith("Knowledge") ? " (" + line.replaceAll(".* in (\\d+ ms).*", "$1")
                            + ")" : "";
                    out.add(String.format("%s %.2f s%s", step[1], (at - launchedAt) / 1000.0, extra));
                    break;
                }
            }
        }
        return out.isEmpty() ? "no start-up milestones in the log" : String.join(", ", out);
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (var walk = java.nio.file.Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }
}
