package dev.deskhand.kb.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One article as a source gave it, already in Markdown. {@code id} is stable across imports because it is built
 * from the source's own id ({@code zendesk-360001}), so re-importing updates the same file instead of adding one.
 *
 * @param source names where the article came from ({@code zendesk:acme}); files of one source share it, which is
 *               how an import knows which files are its own when an article disappears at the source
 */
public record ImportedArticle(String id, String title, List<String> tags, List<String> aliases, String lang,
                              String owner, Optional<String> url, Optional<LocalDate> updated, String source,
                              String body) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    public ImportedArticle {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("article id '" + id + "' may only use letters, digits, '-' and '_'");
        }
        Objects.requireNonNull(title);
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(source);
        owner = owner == null ? "" : owner;
    }
}
