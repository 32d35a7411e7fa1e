package dev.deskhand.kb.index;

import dev.deskhand.kb.Article;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One Markdown file after parsing: either an article, or the reason it was skipped.
 *
 * @param titleMissing true when neither the front matter nor a {@code # } heading gave a title (the id stands in)
 */
public record ParsedFile(Path path, Optional<Article> article, Optional<String> error, boolean titleMissing) {

    static ParsedFile loaded(Path path, Article article, boolean titleMissing) {
        return new ParsedFile(path, Optional.of(article), Optional.empty(), titleMissing);
    }

    static ParsedFile failed(Path path, String reason) {
        return new ParsedFile(path, Optional.empty(), Optional.of(reason), false);
    }
}
