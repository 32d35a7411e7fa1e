package dev.deskhand.slack.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deskhand.kb.SearchGate;
import dev.deskhand.testing.Eventually;
import dev.deskhand.testing.TestApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signed {@code /kb} over real Jetty while the search gate is taken: the asker gets an immediate ephemeral "busy"
 * in their language (HTTP 200, never a late or missing reply), the refusal is counted, and the search log holds
 * exactly the searches that ran (a refused one did not run and is no knowledge gap). The gate is filled by
 * searches the test holds on a latch; a waiter's time runs out, and a search takes long, by moving the app's clock.
 */
class KbBusyOverHttpTest {

    static TestApp app;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String CHANNEL = "C0SUPPORT";
    static final String KOREAN = "U0BUSYKO";
    static final String ENGLISH = "U0BUSYEN";
    static final Pattern BUSY = Pattern.compile("deskhand_kb_busy_total\\{app=\"deskhand\",reason=\"(\\w+)\"} (\\S+)");

    final ExecutorService executor = Executors.newCachedThreadPool();
    CountDownLatch release;
    List<CompletableFuture<?>> holders;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
        app.slackApi().userLocale(KOREAN, "ko-KR");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void fresh() {
        release = new CountDownLatch(1);
        holders = new ArrayList<>();
        // A test that taught the gate slow searches leaves a mean that would cut the next test's line short; the
        // app's clock stands still, so these searches take no time and pull the mean down.
        while (gate().meanSearch().toNanos() * (gate().maxWaiting() + 1) / gate().maxRunning()
                > SearchGate.TARGET_WAIT.toNanos()) {
            gate().run(() -> true);
        }
    }

    @AfterEach
    void free() throws Exception {
        release.countDown();
        for (CompletableFuture<?> holder : holders) {
            holder.get(10, TimeUnit.SECONDS);
        }
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    SearchGate gate() {
        return app.wiring().searchGate();
    }

    /** Takes {@code running} slots and {@code waiting} places in line with searches that wait for the latch. */
    void hold(int running, int waiting) {
        for (int i = 0; i < running + waiting; i++) {
            holders.add(CompletableFuture.supplyAsync(() -> gate().run(() -> {
                try {
                    return release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }), executor));
            int taken = i + 1;
            Eventually.await(Duration.ofSeconds(10), () -> gate().running() + gate().waiting(),
                    seen -> seen == taken, taken + " searches held in the gate");
        }
    }

    static double busy(String reason) throws Exception {
        Matcher m = BUSY.matcher(app.get("/metrics").body());
        while (m.find()) {
            if (m.group(1).equals(reason)) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new AssertionError("no deskhand_kb_busy_total for " + reason);
    }

    static JsonNode ephemeral(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("ephemeral", body.path("response_type").asText(), body.toString());
        return body;
    }

    static List<String> logged(String query) throws Exception {
        return app.rows("SELECT surface FROM search_log WHERE query = ?", query).stream()
                .map(row -> (String) row.get("surface")).toList();
    }

    @Test
    void fullGateAnswersBusyAtOnceInTheAskersLanguageAndTheNextSearchRuns() throws Exception {
        double fullBefore = busy("full");
        hold(gate().maxRunning(), gate().maxWaiting());
        assertTrue(app.get("/metrics").body().contains("deskhand_kb_waiting{app=\"deskhand\"} "
                + (double) gate().maxWaiting()), "the wait line is visible");

        JsonNode korean = ephemeral(app.slack().command("/kb", "환불 정책 busy-ko", KOREAN, CHANNEL));
        JsonNode english = ephemeral(app.slack().command("/kb", "refund policy busy-en", ENGLISH, CHANNEL));

        assertEquals(":hourglass: 지금 질문이 많아 답변이 밀려 있습니다. 잠시 후 다시 시도해 주세요.",
                korean.path("text").asText());
        assertEquals(":hourglass: Deskhand is answering a lot of questions right now; try again in a few seconds.",
                english.path("text").asText());
        assertTrue(english.path("blocks").isMissingNode() || english.path("blocks").isEmpty(), english.toString());
        assertEquals(fullBefore + 2, busy("full"));

        release.countDown();
        Eventually.await(Duration.ofSeconds(10), () -> gate().running() + gate().waiting(), n -> n == 0,
                "the held searches done");
        JsonNode answered = ephemeral(app.slack().command("/kb", "refund policy after the burst", ENGLISH, CHANNEL));
        assertTrue(answered.path("blocks").toString().contains("kb_hit_"), answered.toString());

        app.awaitRows(1, "SELECT * FROM search_log WHERE query = ?", "refund policy after the burst");
        assertEquals(List.of("command"), logged("refund policy after the burst"));
        assertEquals(List.of(), logged("환불 정책 busy-ko"));
        assertEquals(List.of(), logged("refund policy busy-en"));
    }

    @Test
    void searchThatWaitedTooLongIsToldBusyWhenTheSlotFrees() throws Exception {
        double waitedBefore = busy("waited");
        hold(gate().maxRunning(), 0);
        var asked = CompletableFuture.supplyAsync(
                () -> app.slack().command("/kb", "refund policy waited too long", ENGLISH, CHANNEL), executor);
        Eventually.await(Duration.ofSeconds(10), () -> gate().waiting(), n -> n == 1, "the /kb search waiting");

        app.clock().advance(SearchGate.MAX_WAIT.plusMillis(1));
        release.countDown();

        JsonNode reply = ephemeral(asked.get(10, TimeUnit.SECONDS));
        assertEquals(":hourglass: Deskhand is answering a lot of questions right now; try again in a few seconds.",
                reply.path("text").asText());
        assertEquals(waitedBefore + 1, busy("waited"));
        assertEquals(List.of(), logged("refund policy waited too long"));
    }

    @Test
    void searchWhoseExpectedWaitIsPastTheTargetIsToldBusyAtOnce() throws Exception {
        // Searches the app's clock says took 2 s each teach the gate a slow mean.
        while (gate().meanSearch().compareTo(Duration.ofSeconds(1)) < 0) {
            gate().run(() -> {
                app.clock().advance(SearchGate.MAX_WAIT);
                return true;
            });
        }
        long mean = gate().meanSearch().toNanos();
        int admitted = (int) (SearchGate.TARGET_WAIT.toNanos() * gate().maxRunning() / mean);
        double slowBefore = busy("slow");
        double fullBefore = busy("full");
        hold(gate().maxRunning(), admitted);
        assertTrue(admitted < gate().maxWaiting(), admitted + " admitted, below the cap");

        JsonNode reply = ephemeral(app.slack().command("/kb", "refund policy expected wait", ENGLISH, CHANNEL));

        assertEquals(":hourglass: Deskhand is answering a lot of questions right now; try again in a few seconds.",
                reply.path("text").asText());
        assertEquals(slowBefore + 1, busy("slow"));
        assertEquals(fullBefore, busy("full"));
        assertEquals(admitted, gate().waiting(), "the line was not joined");
        assertEquals(List.of(), logged("refund policy expected wait"));
    }

    @Test
    void searchThatWaitsGetsItsAnswerWhenASlotFreesInTime() throws Exception {
        hold(gate().maxRunning(), 0);
        var asked = CompletableFuture.supplyAsync(
                () -> app.slack().command("/kb", "refund policy waited briefly", ENGLISH, CHANNEL), executor);
        Eventually.await(Duration.ofSeconds(10), () -> gate().waiting(), n -> n == 1, "the /kb search waiting");

        release.countDown();

        JsonNode reply = ephemeral(asked.get(10, TimeUnit.SECONDS));
        assertTrue(reply.path("blocks").toString().contains("kb_hit_"), reply.toString());
        assertEquals(List.of("command"), app.awaitRows(1, "SELECT surface FROM search_log WHERE query = ?",
                "refund policy waited briefly").stream().map(row -> row.get("surface")).toList());
    }
}
