package dev.deskhand.playground;

import dev.deskhand.config.Environment;
import dev.deskhand.playground.workspace.Directory;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * One run of the real server for a class-data archive ({@code -XX:ArchiveClassesAtExit}, the Dockerfile's build
 * step): starts the app as the playground wires it (the same {@code Wiring} as {@code serve}, with the Slack stand-in
 * for the Web API, since a build has no Slack to reach) on free ports and a throw-away data folder, waits for
 * {@code /readyz}, asks {@code /kb} in English and Korean through signed requests, reads {@code /metrics}, and shuts
 * down. Every class start-up and a first answer need is then loaded, which is what the archive records.
 */
public final class Warmup {

    private static final Duration READY_CAP = Duration.ofMinutes(5);
    private static final List<String> QUESTIONS = List.of("/kb refund policy", "/kb 환불");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Runs it, leaving the data folder {@code dataDir} (its index is what a command-line question then opens).
     *
     * @return 0 when the server was ready and answered every question, 1 otherwise (reason on {@code err})
     */
    public int run(Environment env, Path dataDir, PrintStream err) {
        Environment warm = env.with(Map.of("PORT", "0", "DESKHAND_DATA_DIR", dataDir.toString()));
        try (Playground playground = Playground.start(warm, Clock.systemUTC())) {
            String base = playground.url().replace("/playground/", "");
            awaitReady(base);
            get(base + "/healthz");
            for (String question : QUESTIONS) {
                String reply = post(base + "/playground/api/send", "{\"user\":\"" + Directory.defaultPeople().get(0).id()
                        + "\",\"channel\":\"" + Directory.SUPPORT_CHANNEL + "\",\"text\":\"" + question + "\"}");
                if (!reply.contains("\"ok\":true")) {
                    err.println("warmup: " + question + " was not answered: " + reply);
                    return 1;
                }
            }
            get(base + "/metrics");
            return 0;
        } catch (Exception e) {
            err.println("warmup: the server did not run: " + e);
            return 1;
        }
    }

    private void awaitReady(String base) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_CAP.toNanos();
        while (get(base + "/readyz") != 200) {
            if (System.nanoTime() - deadline > 0) {
                throw new IOException("not ready within " + READY_CAP.toMinutes() + " minutes");
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private int get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String post(String url, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    /** Removes the throw-away data folder. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
