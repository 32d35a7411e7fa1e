package dev.deskhand.slack.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.kb.importing.ZendeskStandIn;
import dev.deskhand.testing.Eventually;
import dev.deskhand.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's scheduled import (sync: in deskhand.yml) against the Zendesk stand-in: a round writes the help
 * centre's articles, hot reload makes them answer /kb, and a round after an edit at the source changes one file.
 */
class ImportSyncOverHttpTest {

    @TempDir
    Path dir;

    private String topTitle(TestApp app, String query) throws Exception {
        var response = app.slack().command("/kb", query, KbOverHttpTest.AGENT, KbOverHttpTest.CHANNEL);
        var hits = KbOverHttpTest.hitTitles(KbOverHttpTest.JSON.readTree(response.body()).path("blocks"));
        return hits.isEmpty() ? "" : hits.get(0);
    }

    private Map<String, FileTime> files(Path folder) throws Exception {
        Map<String, FileTime> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
            }
        }
        return files;
    }

    @Test
    void aSyncRoundImportsAndTheIndexPicksItUp() throws Exception {
        Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
        Files.writeString(knowledge.resolve("placeholder.md"), "---\nid: placeholder\ntitle: Office hours\n---\n"
                + "We answer from nine to six.\n");
        try (ZendeskStandIn zendesk = new ZendeskStandIn()) {
            Path settings = dir.resolve("deskhand.yml");
            Files.writeString(settings, Files.readString(Path.of("deskhand.example.yml")) + """

                    sync:
                      - source: zendesk
                        every: 30m
                        subdomain: acme
                        base_url: %s
                        locale: en-us,ko
                    """.formatted(zendesk.base()));
            try (TestApp app = TestApp.start(Map.of("KNOWLEDGE_DIR", knowledge.toString(),
                    "DESKHAND_CONFIG", settings.toString(), "KB_MEANING", "off"))) {
                assertEquals(Duration.ofMinutes(30), app.wiring().routines().stream()
                        .filter(r -> r.name().equals("import-sync-zendesk")).findFirst().orElseThrow().interval());

                app.runRoutine("import-sync-zendesk");

                Path folder = knowledge.resolve("zendesk");
                assertEquals(List.of("zendesk-360001-ko.md", "zendesk-360001.md", "zendesk-360003.md",
                        "zendesk-360004.md"), List.copyOf(files(folder).keySet()));
                Eventually.await(Duration.ofSeconds(60), () -> topTitle(app, "reset my password"),
                        "How do I reset my password?"::equals, "the imported article answering /kb");

                for (Path file : Files.list(folder).toList()) {
                    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
                }
                Map<String, FileTime> aged = files(folder);
                var refunds = zendesk.articles.get("en-us").get(2);
                refunds.put("title", "Refund timelines and methods");
                app.runRoutine("import-sync-zendesk");

                Map<String, FileTime> after = files(folder);
                assertEquals(List.of("zendesk-360003.md"), after.keySet().stream()
                        .filter(name -> !after.get(name).equals(aged.get(name))).toList());
                Eventually.await(Duration.ofSeconds(60), () -> topTitle(app, "refund timelines methods"),
                        "Refund timelines and methods"::equals, "the edited title after hot reload");
            }
        }
    }
}
