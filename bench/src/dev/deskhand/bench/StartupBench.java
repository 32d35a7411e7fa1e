package dev.deskhand.bench;

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
                try (ServerProcess server = ServerProcess.start(options.path("jar", "target/deskhand.jar"), work, jvm,
                        Map.of("KNOWLEDGE_DIR", knowledge.toAbsolutePath().toString()), slack.apiUrl(),
                        options.path("log", "bench/out/server-startup.log"))) {
                    double ready = server.awaitReady(cap);
                    String subject = label + ", start " + (i + 1);
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
