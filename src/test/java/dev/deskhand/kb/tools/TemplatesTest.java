package dev.deskhand.kb.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.ArticleType;
import dev.deskhand.kb.index.ArticleLoader;
import dev.deskhand.kb.index.KnowledgeFolder;
import dev.deskhand.kb.index.ParsedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The templates in knowledge/_templates are what a writer copies: each one, dropped into the starter knowledge under
 * its own id, must parse with the values its comments promise (the trailing {@code # …} notes are comments, not part
 * of the values), use only tags and owners the README lists, and lint clean, with its {@code kb:} examples pointing
 * at real articles. The templates themselves are never indexed.
 */
class TemplatesTest {

    static final Path KNOWLEDGE = Path.of("knowledge");
    static final Path README = KNOWLEDGE.resolve("README.md");
    /** The day the templates' own {@code updated} says; their {@code review_by} is six months on. */
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 15).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "faq.md, short-topic-slug, FAQ, en, Short topic title",
            "playbook.md, short-procedure-slug, PLAYBOOK, en, Short procedure title",
            "faq-ko.md, ko-short-topic-slug, FAQ, ko, 짧은 주제 제목",
            "playbook-ko.md, ko-short-procedure-slug, PLAYBOOK, ko, 짧은 절차 제목",
    })
    void aCopiedTemplateParsesAndLintsCleanInTheStarterKnowledge(String template, String id, ArticleType type,
                                                                  String lang, String title) throws IOException {
        copyStarterKnowledge();
        Path copy = dir.resolve(lang.equals("ko") ? "ko" : type == ArticleType.FAQ ? "faq" : "playbooks")
                .resolve(id + ".md");
        Files.copy(KNOWLEDGE.resolve("_templates").resolve(template), copy);

        Article article = new ArticleLoader().load(dir).stream().filter(f -> f.path().equals(copy))
                .map(ParsedFile::article).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new AssertionError(template + " did not parse"));
        assertEquals(id, article.id());
        assertEquals(title, article.title());
        assertEquals(type, article.type());
        assertEquals(lang, article.lang());
        assertEquals(3, article.aliases().size(), article.aliases().toString());
        assertTrue(readmeList("Tags").containsAll(article.tags()), article.tags().toString());
        assertTrue(readmeList("Owners").contains(article.owner()), article.owner());
        assertEquals(LocalDate.of(2026, 11, 15), article.updated());
        assertEquals(LocalDate.of(2027, 5, 15), article.reviewBy());
        article.url().ifPresent(url -> assertTrue(url.startsWith("https://") && !url.contains(" "), url));
        if (type == ArticleType.PLAYBOOK) {
            assertEquals(4, article.body().lines().filter(l -> l.startsWith("## ")).count(),
                    "a playbook is indexed per ## section: " + article.body());
        }

        List<LintFinding> findings = new KbLinter(CLOCK).lint(dir);
        assertEquals(List.of(), findings.stream().filter(f -> f.path().equals(copy)).toList());
        assertEquals(List.of(), findings.stream().filter(f -> f.severity() == LintFinding.Severity.ERROR).toList());
    }

    @Test
    void templatesAreNeverIndexed() {
        List<String> ids = new KnowledgeFolder(KNOWLEDGE).read().articles().stream().map(Article::id).toList();
        assertTrue(ids.contains("ko-refund-policy"), "the folder was read");
        assertEquals(List.of(), ids.stream().filter(id -> id.contains("short-")).toList());
    }

    @Test
    void readmeHasAKoreanSectionNamingBothKoreanTemplatesAndTheLint() throws IOException {
        String readme = Files.readString(README);
        String korean = readme.substring(readme.indexOf("## 한국어 문서 작성 안내"));
        for (String needle : List.of("_templates/faq-ko.md", "_templates/playbook-ko.md", "`ko-`", "lang: ko",
                "kb lint", "/kb lang:ko")) {
            assertTrue(korean.contains(needle), needle + " in the Korean section");
        }
    }

    /** A list the README gives as {@code Tags: `a`, `b`.} or {@code Owners: `@x`, `@y`.}. */
    private static List<String> readmeList(String label) throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("\n" + label + ": ");
        String list = readme.substring(start, readme.indexOf(".\n", start));
        List<String> items = new ArrayList<>();
        Matcher m = Pattern.compile("`([^`]+)`").matcher(list);
        while (m.find()) {
            items.add(m.group(1));
        }
        return items;
    }

    /** The starter articles (not README, synonyms or the _ folders), so the templates' kb: links can resolve. */
    private void copyStarterKnowledge() throws IOException {
        try (Stream<Path> files = Files.walk(KNOWLEDGE)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                Path relative = KNOWLEDGE.relativize(file);
                if (relative.getFileName().toString().equals("README.md") || relative.toString().startsWith("_")) {
                    continue;
                }
                Files.createDirectories(dir.resolve(relative).getParent());
                Files.copy(file, dir.resolve(relative));
            }
        }
    }
}
