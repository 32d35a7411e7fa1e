package dev.deskhand.kb;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One knowledge-base article as loaded from a Markdown file.
 *
 * @param lang     "en" or "ko" (from the front matter, else detected from the share of Hangul in the text)
 * @param owner    who keeps the article true; empty when the front matter names nobody
 * @param updated  last update, or null when the front matter has none
 * @param reviewBy date by which the article must be reviewed, or null when the front matter has none
 * @param body     the Markdown after the front matter
 */
public record Article(String id, String title, ArticleType type, List<String> tags, List<String> aliases,
                      String lang, String owner, LocalDate updated, LocalDate reviewBy, Optional<String> url,
                      Path source, String body) {

    public Article {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
    }
}
