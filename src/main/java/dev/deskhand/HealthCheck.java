package dev.deskhand;

import dev.deskhand.config.Environment;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** {@code deskhand healthcheck}: a container health probe that needs no curl in the image. */
final class HealthCheck {

    private HealthCheck() {
    }

    static int run(Environment env, PrintStream err) {
        String port = env.value("PORT").orElse("3000");
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                            .timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? Main.OK : Main.FAILED;
        } catch (Exception e) {
            err.println("healthcheck: " + e.getMessage());
            return Main.FAILED;
        }
    }
}
