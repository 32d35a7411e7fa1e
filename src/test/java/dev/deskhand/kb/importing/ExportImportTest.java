package dev.deskhand.kb.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportTest {

    @TempDir
    Path dir;

    private final ImportCli cli = new ImportCli(name -> Optional.empty(), JsonHttp.defaultClient(), d -> { },
            Clock.systemUTC(), Path.of("unused"));

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aConfluenceSpaceExportZipBecomesOneArticlePerPage() throws IOException {
        Path zip = Exports.zip("confluence", dir);
        Path into = dir.resolve("kb");

        String printed = run("confluence", zip.toString(), "--space", "ACME", "--site-url",
                "https://acme.atlassian.net/wiki/", "--into", into.toString());

        assertEquals("confluence:ACME: 2 new, 0 updated, 0 unchanged, 0 removed, 0 skipped\n",
                printed.substring(0, printed.indexOf("into ")));
        assertEquals(List.of("confluence-65544.md", "confluence-98306.md"), names(into));
        assertEquals("""
                ---
                id: confluence-65544
                title: Refund for a duplicate charge
                type: faq
                tags:
                  - Billing
                owner: Jae Kim
                updated: 2026-11-02
                url: https://acme.atlassian.net/wiki/pages/viewpage.action?pageId=65544
                source: confluence:ACME
                ---
                When a customer is **charged twice** for one order, refund the second charge.

                ## Steps

                1. Find both charges in the billing console.
                2. Refund the later one in full.

                Duplicate charges over $500 need a team lead.
                """, Files.readString(into.resolve("confluence-65544.md")));
        assertEquals("""
                ---
                id: confluence-98306
                title: 배송 조회
                type: faq
                owner: 김지은
                updated: 2026-10-15
                url: https://acme.atlassian.net/wiki/pages/viewpage.action?pageId=98306
                source: confluence:ACME
                ---
                주문 번호로 **배송 상태**를 확인하실 수 있습니다. 택배사 사정으로 하루 정도 늦어질 수 있습니다.
                """, Files.readString(into.resolve("confluence-98306.md")));

        // The unpacked folder is the same export: nothing changes.
        String again = run("confluence", Exports.folder("confluence").toString(), "--space", "ACME", "--site-url",
                "https://acme.atlassian.net/wiki", "--into", into.toString());
        assertEquals("confluence:ACME: 0 new, 0 updated, 2 unchanged, 0 removed, 0 skipped\n",
                again.substring(0, again.indexOf("into ")));
    }

    @Test
    void aNotionMarkdownExportZipKeepsPageIdsAndParentsAsTags() throws IOException {
        Path zip = Exports.zip("notion", dir);
        Path into = dir.resolve("kb");

        String printed = run("notion", zip.toString(), "--into", into.toString());

        assertEquals("notion:export: 2 new, 0 updated, 0 unchanged, 0 removed, 0 skipped\n",
                printed.substring(0, printed.indexOf("into ")));
        assertEquals(List.of("notion-0b6f5c8e2d3a4f1b9c7d6e5f4a3b2c1d.md", "notion-7a1e9d2c4b6f48a0b3c5d7e9f1a2b4c6.md"),
                names(into));
        assertEquals("""
                ---
                id: notion-7a1e9d2c4b6f48a0b3c5d7e9f1a2b4c6
                title: Change the billing e-mail
                type: faq
                tags:
                  - Support handbook
                source: notion:export
                ---
                Invoices go to the **billing e-mail**, which can differ from the login e-mail.

                1. Open *Settings → Billing*.
                2. Enter the new address and save.

                | Plan | Who can change it |
                | --- | --- |
                | Team | Owners and admins |
                """, Files.readString(into.resolve("notion-7a1e9d2c4b6f48a0b3c5d7e9f1a2b4c6.md")));
    }

    @Test
    void aNotionExportSplitIntoPartZipsReadsTheSame() throws IOException {
        Path part = Exports.zip("notion", Files.createDirectories(dir.resolve("part")));
        Path outer = dir.resolve("Export-big.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(outer))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("Export-big-Part-1.zip"));
            Files.copy(part, zip);
            zip.closeEntry();
        }
        Path into = dir.resolve("kb");
        run("notion", Exports.zip("notion", dir).toString(), "--into", into.toString());

        String printed = run("notion", outer.toString(), "--into", into.toString());

        assertEquals("notion:export: 0 new, 0 updated, 2 unchanged, 0 removed, 0 skipped\n",
                printed.substring(0, printed.indexOf("into ")));
    }
}
