package dev.deskhand.kb.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.kb.engine.KbFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintTest {

    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), content);
    }

    @Test
    void reportsDuplicatesMissingTitlesPastReviewsBrokenLinksAndBadHeaders() throws IOException {
        write("a.md", "---\nid: a\ntitle: A\nreview_by: 2025-12-31\n---\nSee [b](kb:b) and [gone](kb:gone).\n");
        write("b.md", "---\nid: b\n---\nNo title here; see [missing](missing-article) and [web](https://x.io).\n");
        write("sub/a-again.md", "---\nid: a\ntitle: A again\n---\nbody\n");
        write("bad.md", "---\nid: [\n---\nbody\n");
        List<String> findings = new KbLinter(KbFixture.CLOCK).lint(dir).stream()
                .map(f -> dir.relativize(f.path()) + ": " + f.severity() + ": " + f.message()).toList();
        assertEquals(List.of(
                "bad.md: ERROR: invalid front matter: field 'id': Cannot deserialize value of type"
                        + " `java.lang.String` from Array value (token `JsonToken.START_ARRAY`)",
                "sub/a-again.md: ERROR: duplicate id 'a' (also in " + dir.resolve("a.md") + ")",
                "a.md: WARNING: review_by 2025-12-31 is past",
                "a.md: ERROR: broken link to 'gone'",
                "b.md: ERROR: missing title (no 'title' in front matter and no '# ' heading)",
                "b.md: ERROR: broken link to 'missing-article'"), findings);
    }

    @Test
    void fixtureFolderLintsWithOnlyTheBrokenFileAsError() {
        List<LintFinding> findings = new KbLinter(KbFixture.CLOCK).lint(KbFixture.folder());
        assertEquals(1, findings.size());
        assertEquals(LintFinding.Severity.ERROR, findings.get(0).severity());
        assertEquals("broken.md", findings.get(0).path().getFileName().toString());
    }
}
