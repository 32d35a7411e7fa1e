package dev.deskhand.kb.tools;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.index.ArticleLoader;
import dev.deskhand.kb.index.Markdown;
import dev.deskhand.kb.index.ParsedFile;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a knowledge folder: unreadable front matter, duplicate ids, missing titles and broken internal links are
 * errors; a review date in the past is a warning.
 */
final class KbLinter {

    private final Clock clock;
    private final ArticleLoader loader = new ArticleLoader();

    KbLinter(Clock clock) {
        this.clock = clock;
    }

    List<LintFinding> lint(Path folder) {
        List<ParsedFile> files = loader.load(folder);
        List<LintFinding> findings = new ArrayList<>();
        Map<String, Path> firstById = new HashMap<>();
        for (ParsedFile file : files) {
            file.error().ifPresent(reason -> findings.add(error(file.path(), reason)));
            file.article().ifPresent(a -> {
                Path first = firstById.putIfAbsent(a.id(), file.path());
                if (first != null) {
                    findings.add(error(file.path(), "duplicate id '" + a.id() + "' (also in " + first + ")"));
                }
            });
        }
        LocalDate today = LocalDate.now(clock);
        for (ParsedFile file : files) {
            if (file.article().isEmpty()) {
                continue;
            }
            Article a = file.article().get();
            if (file.titleMissing()) {
                findings.add(error(file.path(), "missing title (no 'title' in front matter and no '# ' heading)"));
            }
            if (a.reviewBy() != null && a.reviewBy().isBefore(today)) {
                findings.add(new LintFinding(file.path(), LintFinding.Severity.WARNING,
                        "review_by " + a.reviewBy() + " is past"));
            }
            for (String target : Markdown.internalLinks(a.body())) {
                if (!firstById.containsKey(target)) {
                    findings.add(error(file.path(), "broken link to '" + target + "'"));
                }
            }
        }
        return findings;
    }

    private static LintFinding error(Path path, String message) {
        return new LintFinding(path, LintFinding.Severity.ERROR, message);
    }
}
