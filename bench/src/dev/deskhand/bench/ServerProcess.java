package dev.deskhand.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar running {@code serve} as a separate process, configured only through its environment like a
 * real deployment, on a free loopback port, with its working directory (and so any {@code .env}) in a scratch
 * folder and its log in {@code bench/out}.
 */
final class ServerProcess implements AutoCloseable {

    static final String SIGNING_SECRET = "bench-signing-secret-8f14e45fceea167a5a36dedd4bea2543";

    private final Process process;
    private final int port;
    private final long startedNanos;
    private final HttpClient probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();

    private ServerProcess(Process process, int port, long startedNanos) {
        this.process = process;
        this.port = port;
        this.startedNanos = startedNanos;
    }

    /**
     * Starts {@code java [jvmOptions] -jar jar serve}.
     *
     * @param extraEnv e.g. {@code DATABASE_URL}; {@code KNOWLEDGE_DIR} must be given
     */
    static ServerProcess start(Path jar, Path workDir, List<String> jvmOptions, Map<String, String> extraEnv,
                               String slackApiUrl, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.add("serve");
        return start(command, workDir, extraEnv, slackApiUrl, log);
    }

    /**
     * Starts any command that serves signed Slack requests on {@code /slack/events} and answers {@code GET /readyz}
     * with 200 once ready (Deskhand, or the side-by-side peer), with the same environment Deskhand reads.
     */
    static ServerProcess start(List<String> command, Path workDir, Map<String, String> extraEnv, String slackApiUrl,
                               Path log) throws IOException {
        Files.createDirectories(workDir);
        Files.createDirectories(log.toAbsolutePath().getParent());
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DESKHAND_") || k.equals("DATABASE_URL")
                || k.equals("KNOWLEDGE_DIR") || k.equals("PORT") || k.equals("BIND_ADDRESS"));
        env.put("SLACK_BOT_TOKEN", "xoxb-bench-0000000000-0000000000000-benchbenchbenchbenchbench");
        env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        env.put("SLACK_API_URL", slackApiUrl);
        env.put("PORT", Integer.toString(port));
        env.put("BIND_ADDRESS", "127.0.0.1");
        env.put("DESKHAND_DATA_DIR", workDir.resolve("data").toAbsolutePath().toString());
        env.put("LOG_LEVEL", "WARN");
        // A null value removes an inherited variable (e.g. KB_MEANING, to run with the default).
        extraEnv.forEach((k, v) -> {
            if (v == null) {
                env.remove(k);
            } else {
                env.put(k, v);
            }
        });
        long started = System.nanoTime();
        Process process = builder.start();
        // If the benchmark itself is stopped, the server must not outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-server"));
        return new ServerProcess(process, port, started);
    }

    URI events() {
        return URI.create("http://127.0.0.1:" + port + "/slack/events");
    }

    /** Seconds from process start until {@code /readyz} answered 200; NaN if it exited or the cap passed. */
    double awaitReady(double capSeconds) throws InterruptedException {
        long deadline = startedNanos + (long) (capSeconds * 1e9);
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                .timeout(Duration.ofSeconds(1)).GET().build();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (probe.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
        return Double.NaN;
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size in MiB from {@code /proc/<pid>/status}, or NaN where there is no /proc. */
    double rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"),
                    StandardCharsets.UTF_8)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** User + system CPU time the process has used so far, in milliseconds, from {@code /proc/<pid>/stat}. */
    double cpuMillis() {
        return ProcStat.cpuMillis(process.pid());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** SIGTERM and a graceful stop, then a kill if it takes more than 20 seconds. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
