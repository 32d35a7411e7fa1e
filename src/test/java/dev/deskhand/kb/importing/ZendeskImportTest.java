package dev.deskhand.kb.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZendeskImportTest {

    private static final String TOKEN = "agent@acme.test/token:s3cret";

    private final ZendeskStandIn zendesk = new ZendeskStandIn();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final ImportCli cli = new ImportCli(name -> name.equals("ZENDESK_TOKEN") ? Optional.of(TOKEN)
            : Optional.empty(), JsonHttp.defaultClient(), waits::add,
            Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC), Path.of("unused"));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    ZendeskImportTest() throws IOException {
    }

    @AfterEach
    void stop() {
        zendesk.close();
    }

    private int importZendesk() {
        out.reset();
        err.reset();
        return cli.run(List.of("zendesk", "--subdomain", "acme", "--token-env", "ZENDESK_TOKEN", "--base-url",
                zendesk.base().toString(), "--locale", "en-us,ko", "--into", dir.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Map<String, FileTime> files() throws IOException {
        Map<String, FileTime> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
            }
        }
        return files;
    }

    @Test
    void writesOnePublishedArticlePerFileWithFullFrontMatter() throws IOException {
        assertEquals(0, importZendesk(), err.toString(StandardCharsets.UTF_8));

        assertEquals(List.of("zendesk-360001-ko.md", "zendesk-360001.md", "zendesk-360003.md", "zendesk-360004.md"),
                new ArrayList<>(files().keySet()));
        assertEquals("""
                ---
                id: zendesk-360001
                title: How do I reset my password?
                type: faq
                tags:
                  - Getting started
                  - Account
                  - password
                  - login
                lang: en
                owner: Mina Park
                updated: 2026-10-01
                url: https://acme.zendesk.com/hc/en-us/articles/360001
                source: zendesk:acme
                ---
                Open **Settings** and choose *Security*.

                1. Click [Reset password](https://acme.example/reset).
                2. Check your e-mail for the link.
                """, Files.readString(dir.resolve("zendesk-360001.md")));
        assertEquals("""
                ---
                id: zendesk-360003
                title: Refund timelines
                type: faq
                tags:
                  - Payments
                  - Billing
                  - refunds
                lang: en
                owner: Mina Park
                updated: 2026-09-15
                url: https://acme.zendesk.com/hc/en-us/articles/360003
                source: zendesk:acme
                ---
                Refunds reach the card within these times:

                |    Method     | Days |
                |---------------|------|
                | Card          | 5–10 |
                | Bank transfer | 3    |

                ![Refund status](https://acme.zendesk.com/hc/article_attachments/9/refund.png)
                """, Files.readString(dir.resolve("zendesk-360003.md")));
        assertEquals("""
                ---
                id: zendesk-360004
                title: 환불은 언제 받을 수 있나요?
                type: faq
                tags:
                  - Payments
                  - Billing
                  - 환불
                lang: ko
                owner: Mina Park
                updated: 2026-09-20
                url: https://acme.zendesk.com/hc/ko/articles/360004
                source: zendesk:acme
                ---
                카드 환불은 **5\\~10영업일**이 걸립니다. 은행 이체는 3영업일 안에 처리됩니다.
                """, Files.readString(dir.resolve("zendesk-360004.md")));
        assertEquals("""
                zendesk:acme: 4 new, 0 updated, 0 unchanged, 0 removed, 2 skipped
                  skipped zendesk 360002 "Pricing changes next year": draft
                  skipped zendesk 360005 "새 요금제 안내": draft
                """, printed().substring(0, printed().indexOf("into ")));
        String basic = "Basic " + Base64.getEncoder().encodeToString(TOKEN.getBytes(StandardCharsets.UTF_8));
        assertTrue(zendesk.authorizations.stream().allMatch(basic::equals), zendesk.authorizations.toString());
        assertEquals(4, zendesk.requests.size(), "two pages per locale: " + zendesk.requests);
    }

    @Test
    void aSecondRunWritesNothingAndAnEditChangesExactlyOneFile() throws IOException {
        assertEquals(0, importZendesk());
        Map<String, FileTime> first = files();
        for (Path file : Files.list(dir).toList()) {
            // An old time, so any rewrite would show even on a file system with coarse timestamps.
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        }
        Map<String, FileTime> aged = files();

        assertEquals(0, importZendesk());
        assertEquals(aged, files());
        assertTrue(printed().startsWith("zendesk:acme: 0 new, 0 updated, 4 unchanged, 0 removed, 2 skipped"),
                printed());

        var refunds = zendesk.articles.get("en-us").get(2);
        refunds.put("body", refunds.get("body").asText().replace("<td>3</td>", "<td>2</td>"));
        refunds.put("updated_at", "2026-11-30T10:00:00Z");
        assertEquals(0, importZendesk());
        Map<String, FileTime> after = files();
        assertEquals(first.keySet(), after.keySet());
        List<String> changed = after.keySet().stream().filter(name -> !after.get(name).equals(aged.get(name))).toList();
        assertEquals(List.of("zendesk-360003.md"), changed);
        assertTrue(Files.readString(dir.resolve("zendesk-360003.md")).contains("updated: 2026-11-30\n"));
        assertTrue(printed().startsWith("zendesk:acme: 0 new, 1 updated, 3 unchanged, 0 removed, 2 skipped"));
    }

    @Test
    void anArticleDeletedAtTheSourceIsRemovedOrArchived() throws IOException {
        assertEquals(0, importZendesk());
        zendesk.articles.get("ko").remove(2);
        assertEquals(0, importZendesk());
        assertTrue(printed().startsWith("zendesk:acme: 0 new, 0 updated, 3 unchanged, 1 removed, 2 skipped"));
        assertEquals(List.of("zendesk-360001-ko.md", "zendesk-360001.md", "zendesk-360003.md"),
                new ArrayList<>(files().keySet()));

        zendesk.articles.get("en-us").remove(2);
        out.reset();
        cli.run(List.of("zendesk", "--subdomain", "acme", "--base-url", zendesk.base().toString(), "--locale",
                "en-us,ko", "--into", dir.toString(), "--deleted", "archive"), new PrintStream(out), System.err);
        assertEquals(List.of("_archived", "zendesk-360001-ko.md", "zendesk-360001.md"),
                new ArrayList<>(files().keySet()));
        assertTrue(Files.exists(dir.resolve("_archived/zendesk-360003.md")));
    }

    @Test
    void a429IsWaitedOutAsToldAndThenTheImportCompletes() throws IOException {
        zendesk.retryAfterOnPageTwo = "7";
        assertEquals(0, importZendesk(), err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(Duration.ofSeconds(7)), waits);
        assertEquals(4, files().size());
    }

    @Test
    void a500MidPagingWritesNothingAndLeavesTheFolderAsItWas() throws IOException {
        assertEquals(0, importZendesk());
        Map<String, FileTime> before = files();
        String refundsBefore = Files.readString(dir.resolve("zendesk-360003.md"));
        zendesk.articles.get("en-us").get(0).put("title", "Reset your password");
        zendesk.failPageTwo = true;

        assertEquals(1, importZendesk());

        assertEquals(before, files());
        assertEquals(refundsBefore, Files.readString(dir.resolve("zendesk-360003.md")));
        String error = err.toString(StandardCharsets.UTF_8);
        assertTrue(error.startsWith("import zendesk failed, nothing was changed in " + dir + ": HTTP 500 from http://127.0.0.1:"),
                error);
        assertTrue(!error.contains("s3cret"), error);
    }

    @Test
    void anOfflineExportOfTheSameJsonImportsTheSameFiles() throws Exception {
        assertEquals(0, importZendesk());
        var client = java.net.http.HttpClient.newHttpClient();
        List<String> pages = new ArrayList<>();
        for (String query : List.of("", "&page=2&per_page=2")) {
            pages.add(client.send(java.net.http.HttpRequest.newBuilder(zendesk.base().resolve(
                    "/api/v2/help_center/en-us/articles.json?include=sections,categories,users" + query)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body());
        }
        Path export = Files.writeString(dir.resolveSibling(dir.getFileName() + "-articles.json"),
                "[" + String.join(",", pages) + "]");

        out.reset();
        assertEquals(0, cli.run(List.of("zendesk", "--file", export.toString(), "--subdomain", "acme", "--into",
                dir.toString(), "--deleted", "keep"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err));

        assertTrue(printed().startsWith("zendesk:acme: 0 new, 0 updated, 2 unchanged, 2 gone at the source (kept), 1 skipped"),
                printed());
        Files.delete(export);
    }
}
