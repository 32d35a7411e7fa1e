package dev.deskhand.kb.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The folder an import writes into: one {@code <id>.md} per article. A file is replaced through a temporary file
 * and a rename, so the knowledge base's hot reload never sees half a file, and it is not touched at all when its
 * bytes would not change (so a re-import with nothing new changes no modification time).
 */
final class ArticleFolder {

    static final String ARCHIVE = "_archived";

    enum Written { NEW, UPDATED, UNCHANGED, TAKEN_OVER }

    private final Path dir;
    private final ArticleFile files = new ArticleFile();

    ArticleFolder(Path dir) {
        this.dir = dir;
    }

    Written write(ImportedArticle article) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(article.id() + ".md");
        byte[] content = files.render(article).getBytes(StandardCharsets.UTF_8);
        boolean exists = Files.exists(target);
        if (exists) {
            byte[] current = Files.readAllBytes(target);
            if (Arrays.equals(content, current)) {
                return Written.UNCHANGED;
            }
            // A file without this source's name was taken over in git (or never was ours): it is not overwritten.
            if (files.sourceOf(new String(current, StandardCharsets.UTF_8))
                    .filter(article.source()::equals).isEmpty()) {
                return Written.TAKEN_OVER;
            }
        }
        // A dot-name keeps the loader and the watcher away from the temporary file.
        Path temp = Files.createTempFile(dir, "." + article.id() + "-", ".tmp");
        try {
            Files.write(temp, content);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        return exists ? Written.UPDATED : Written.NEW;
    }

    /** The ids of files directly in the folder whose front matter names {@code source}. */
    Map<String, Path> filesOf(String source) throws IOException {
        Map<String, Path> found = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.sorted().toList()) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && name.endsWith(".md")
                        && files.sourceOf(Files.readString(file)).filter(source::equals).isPresent()) {
                    found.put(name.substring(0, name.length() - 3), file);
                }
            }
        }
        return found;
    }

    void retire(Path file, DeletedPolicy policy) throws IOException {
        switch (policy) {
            case REMOVE -> Files.delete(file);
            case ARCHIVE -> {
                Path archive = Files.createDirectories(dir.resolve(ARCHIVE));
                move(file, archive.resolve(file.getFileName()));
            }
            case KEEP -> { }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
