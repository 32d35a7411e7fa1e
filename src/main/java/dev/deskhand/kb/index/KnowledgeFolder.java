package dev.deskhand.kb.index;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.SkippedFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The articles and synonyms of one knowledge folder, read afresh for every build. */
public final class KnowledgeFolder {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeFolder.class);
    private static final String SYNONYMS_FILE = "synonyms.txt";

    /** What one read found: the articles that parsed, and the files that did not, with why. */
    public record Contents(List<Article> articles, List<SkippedFile> skipped) {
    }

    private final Path dir;
    private final ArticleLoader loader = new ArticleLoader();

    public KnowledgeFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Broken files are skipped (and logged), never fatal; an unreadable folder throws. */
    public Contents read() {
        List<Article> articles = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        for (ParsedFile file : loader.load(dir)) {
            file.article().ifPresent(articles::add);
            file.error().ifPresent(reason -> skipped.add(new SkippedFile(file.path(), reason)));
        }
        skipped.forEach(s -> LOG.warn("Skipped {}: {}", s.path(), s.reason()));
        return new Contents(articles, skipped);
    }

    /** The folder's {@code synonyms.txt}; without it, or when it cannot be read, search goes on without synonyms. */
    public Optional<String> synonyms() {
        Path file = dir.resolve(SYNONYMS_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("Cannot read {}; searching without synonyms: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
