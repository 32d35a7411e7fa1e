package dev.deskhand.kb.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {

    @TempDir
    Path dir;

    @Test
    void rowsWithQuotedNewlinesAndKoreanBecomeArticles() throws IOException {
        Path csv = dir.resolve("faq.csv");
        Files.writeString(csv, """
                question,answer,tags,owner,lang,url
                "How long does a refund take?
                When will I get my money back?","Card refunds take **5–10 business days**.

                Bank transfers take 3.","billing, refunds",@billing-team,en,https://wiki.example.com/refunds
                "환불은 언제 되나요?","카드 환불은 5~10영업일이 걸립니다, 은행 이체는 3영업일입니다.",환불,@결제팀,ko,
                "Where is the ""Export"" button?",,,,,
                "Wo ist mein Geld?",Bald.,,,de,
                """);
        Path into = dir.resolve("kb");

        ImportSummary summary = new Importer(into, DeletedPolicy.REMOVE).run(new CsvSource(csv));

        assertEquals(List.of("csv:faq.csv: 2 new, 0 updated, 0 unchanged, 0 removed, 2 skipped",
                "  skipped faq.csv row 3: no answer",
                "  skipped faq.csv row 4: locale 'de' is neither English nor Korean, the languages Deskhand searches"),
                summary.lines());
        assertEquals("""
                ---
                id: csv-how-long-does-a-refund-take
                title: How long does a refund take?
                type: faq
                tags:
                  - billing
                  - refunds
                aliases:
                  - When will I get my money back?
                lang: en
                owner: '@billing-team'
                url: https://wiki.example.com/refunds
                source: csv:faq.csv
                ---
                Card refunds take **5–10 business days**.

                Bank transfers take 3.
                """, Files.readString(into.resolve("csv-how-long-does-a-refund-take.md")));
        String korean = "csv-" + CsvSource.slug("환불은 언제 되나요?");
        assertEquals("""
                ---
                id: %s
                title: 환불은 언제 되나요?
                type: faq
                tags:
                  - 환불
                lang: ko
                owner: '@결제팀'
                source: csv:faq.csv
                ---
                카드 환불은 5~10영업일이 걸립니다, 은행 이체는 3영업일입니다.
                """.formatted(korean), Files.readString(into.resolve(korean + ".md")));
    }

    @Test
    void aFileTakenOverInGitIsNeverOverwrittenOrRemoved() throws IOException {
        Path csv = dir.resolve("faq.csv");
        Files.writeString(csv, "question,answer\nHow do I export data?,Use Settings → Export.\n");
        Path into = dir.resolve("kb");
        new Importer(into, DeletedPolicy.REMOVE).run(new CsvSource(csv));
        Path file = into.resolve("csv-how-do-i-export-data.md");
        String owned = Files.readString(file).replace("source: csv:faq.csv\n", "") + "Also: the API.\n";
        Files.writeString(file, owned);

        Files.writeString(csv, "question,answer\nHow do I export data?,Use Settings → Export (CSV or JSON).\n"
                + "Can I delete a project?,Yes; owners can.\n");
        ImportSummary summary = new Importer(into, DeletedPolicy.REMOVE).run(new CsvSource(csv));

        assertEquals(List.of("csv:faq.csv: 1 new, 0 updated, 0 unchanged, 0 removed, 1 skipped",
                "  skipped csv-how-do-i-export-data: the file has no 'source: csv:faq.csv' any more (taken over in git);"
                        + " left as it is"), summary.lines());
        assertEquals(owned, Files.readString(file));
    }
}
