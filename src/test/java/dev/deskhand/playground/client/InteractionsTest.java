package dev.deskhand.playground.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.deskhand.playground.workspace.Directory;
import dev.deskhand.playground.workspace.Workspace;
import dev.deskhand.slack.SignatureVerifier;
import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Messages;
import dev.deskhand.slack.text.Texts;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the playground does with the app's answer to a view submission, against a stand-in app on loopback that
 * answers with canned {@code response_action}s and checks every request's signature with the production verifier.
 */
class InteractionsTest {

    static final Texts EN = new Messages().in(Language.EN);

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SECRET = "playground-test-secret";
    static final String ALEX = "U0ALEX";

    final Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    final ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<JsonNode> received = new ConcurrentLinkedQueue<>();
    Workspace workspace;
    Interactions interactions;
    HttpServer app;

    @BeforeEach
    void start() throws Exception {
        SignatureVerifier verifier = new SignatureVerifier(SECRET, clock);
        app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        app.createContext("/slack/events", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            SignatureVerifier.Verdict verdict = verifier.verify(
                    exchange.getRequestHeaders().getFirst("X-Slack-Request-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Slack-Signature"), body);
            String form = new String(body, StandardCharsets.UTF_8);
            received.add(JSON.readTree(URLDecoder.decode(form.substring("payload=".length()), StandardCharsets.UTF_8)));
            byte[] answer = (verdict == SignatureVerifier.Verdict.VALID ? answers.poll() : "").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(verdict == SignatureVerifier.Verdict.VALID ? 200 : 401,
                    answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        app.start();
        workspace = new Workspace(new Directory(Directory.defaultPeople()), clock);
        SignedForwarder forwarder = new SignedForwarder(SECRET, clock);
        forwarder.pointAt(URI.create("http://127.0.0.1:" + app.getAddress().getPort() + "/slack/events"));
        interactions = new Interactions(workspace, new SlackRequests(clock), forwarder, "http://127.0.0.1:9/response/");
    }

    @AfterEach
    void stop() {
        app.stop(0);
    }

    static ObjectNode view(String title) {
        ObjectNode view = JSON.createObjectNode().put("type", "modal").put("callback_id", "form");
        view.putObject("title").put("type", "plain_text").put("text", title);
        view.putArray("blocks").addObject().put("type", "input").put("block_id", "summary")
                .putObject("element").put("type", "plain_text_input").put("action_id", "value");
        return view;
    }

    String open() {
        return workspace.withModals(stacks -> stacks.open(ALEX, view("First"))).id();
    }

    static JsonNode values(String summary) throws Exception {
        return JSON.readTree("{\"summary\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\"" + summary + "\"}}}");
    }

    List<String> titles() {
        return workspace.snapshot(ALEX).modals().stream().map(m -> m.view().path("title").path("text").asText()).toList();
    }

    @Test
    void submissionCarriesTheFormAsViewStateAndErrorsLandOnTheField() throws Exception {
        String viewId = open();
        answers.add("{\"response_action\":\"errors\",\"errors\":{\"summary\":\"Too short.\"}}");

        interactions.submit(ALEX, viewId, values("hi"), EN);

        JsonNode payload = received.poll();
        assertEquals("view_submission", payload.path("type").asText());
        assertEquals("hi", payload.path("view").path("state").path("values").path("summary").path("value")
                .path("value").asText());
        assertEquals(viewId, payload.path("view").path("id").asText());
        assertEquals(Map.of("summary", "Too short."), workspace.modal(viewId).orElseThrow().errors());
    }

    @Test
    void updatePushEmptyAndClearChangeTheStackAsInSlack() throws Exception {
        String viewId = open();
        answers.add("{\"response_action\":\"update\",\"view\":" + view("Second") + "}");
        interactions.submit(ALEX, viewId, values("a"), EN);
        assertEquals(List.of("Second"), titles());
        assertEquals(viewId, workspace.snapshot(ALEX).modals().get(0).id());

        answers.add("{\"response_action\":\"push\",\"view\":" + view("Pushed") + "}");
        interactions.submit(ALEX, viewId, values("b"), EN);
        assertEquals(List.of("Second", "Pushed"), titles());

        String pushed = workspace.snapshot(ALEX).modals().get(1).id();
        answers.add("");
        interactions.submit(ALEX, pushed, values("c"), EN);
        assertEquals(List.of("Second"), titles());

        answers.add("{\"response_action\":\"clear\"}");
        interactions.submit(ALEX, viewId, values("d"), EN);
        assertEquals(List.of(), titles());
    }

    @Test
    void aFailedSubmissionKeepsTheFormOpenWithSlacksMessage() throws Exception {
        String viewId = open();
        app.removeContext("/slack/events");
        app.createContext("/slack/events", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });

        interactions.submit(ALEX, viewId, values("x"), EN);
        assertEquals(Map.of(Interactions.VIEW_ERROR, "We had some trouble connecting. Try again?"),
                workspace.modal(viewId).orElseThrow().errors());

        // ... and in Korean when the page is in Korean
        interactions.submit(ALEX, viewId, values("x"), new Messages().in(Language.KO));
        assertEquals(Map.of(Interactions.VIEW_ERROR, "연결에 문제가 있었습니다. 다시 시도해 주세요."),
                workspace.modal(viewId).orElseThrow().errors());
    }

    @Test
    void someoneElsesFormCannotBeSubmitted() throws Exception {
        String viewId = open();

        Outcome outcome = interactions.submit("U0BEA", viewId, values("x"), EN);

        assertEquals(Outcome.refused("playground.error.formClosed"), outcome);
        assertTrue(received.isEmpty());
    }
}
