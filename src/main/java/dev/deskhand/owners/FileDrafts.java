package dev.deskhand.owners;

import dev.deskhand.kb.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Drafts as files in {@code <knowledge>/_drafts/}: {@code <article-id>.<yyyyMMdd-HHmmss>.<user>.md}, the article's
 * own front matter with {@code draft_of:}, {@code drafted_by:} and {@code drafted_at:} in front, so a reviewer can
 * diff it against the article and move it in place. The knowledge loader skips {@code _} folders, so a draft is
 * never searchable. Written to a hidden temporary file and renamed atomically: a reader (the folder watcher, git)
 * never sees half a draft, and an existing file is never overwritten.
 */
public final class FileDrafts implements Drafts {

    /** Under the knowledge folder; the leading underscore keeps it out of the index. */
    public static final String FOLDER = "_drafts";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path knowledgeDir;
    private final Clock clock;

    public FileDrafts(Path knowledgeDir, Clock clock) {
        this.knowledgeDir = knowledgeDir;
        this.clock = clock;
    }

    @Override
    public String save(Article article, String author, String body) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String user = author.replaceAll("[^A-Za-z0-9_-]", "");
        Path folder = knowledgeDir.resolve(FOLDER);
        String base = article.id() + "." + STAMP.format(at) + "." + (user.isEmpty() ? "unknown" : user);
        String text = frontMatter(article, user, at) + body + (body.endsWith("\n") ? "" : "\n");
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".draft-", ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Path target = free(folder, base);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return knowledgeDir.getFileName() + "/" + FOLDER + "/" + target.getFileName();
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not save a draft of " + article.id() + " in " + folder, e);
        }
    }

    /** The first name not taken: the same person saving the same article twice in one second keeps both. */
    private static Path free(Path folder, String base) {
        Path target = folder.resolve(base + ".md");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(base + "-" + n + ".md");
        }
        return target;
    }

    private String frontMatter(Article article, String user, Instant at) {
        StringBuilder out = new StringBuilder("---\n")
                .append("draft_of: ").append(article.id()).append('\n')
                .append("drafted_by: ").append(user).append('\n')
                .append("drafted_at: ").append(at).append('\n');
        for (String line : originalFrontMatter(article)) {
            out.append(line).append('\n');
        }
        return out.append("---\n").toString();
    }

    /** The article file's own front matter lines, so the draft is a whole article; empty if it cannot be read. */
    private List<String> originalFrontMatter(Article article) {
        try {
            Path source = Files.isRegularFile(article.source()) ? article.source()
                    : knowledgeDir.resolve(article.source());
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
                return fallback(article);
            }
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---")) {
                    return lines.subList(1, i);
                }
            }
            return fallback(article);
        } catch (IOException | RuntimeException e) {
            return fallback(article);
        }
    }

    private static List<String> fallback(Article article) {
        return List.of("id: " + article.id(), "title: \"" + article.title().replace("\"", "\\\"") + "\"");
    }
}
