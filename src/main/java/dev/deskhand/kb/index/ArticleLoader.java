package dev.deskhand.kb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every article under a folder. Folders and files whose name starts with {@code _} or {@code .} and
 * {@code README.md} files are not articles. One broken file is reported and skipped; it never stops the others.
 */
public final class ArticleLoader {

    private final ArticleParser parser = new ArticleParser();

    /** Every Markdown file in path order, parsed; an absent folder yields nothing. */
    public List<ParsedFile> load(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ParsedFile> parsed = new ArrayList<>();
        for (Path file : markdownFiles(folder)) {
            parsed.add(parseOne(file));
        }
        return parsed;
    }

    private ParsedFile parseOne(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return parser.parse(file, text);
        } catch (CharacterCodingException e) {
            return ParsedFile.failed(file, "not valid UTF-8");
        } catch (IOException e) {
            return ParsedFile.failed(file, "unreadable: " + e.getMessage());
        }
    }

    static List<Path> markdownFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> isArticlePath(folder, p))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** True for a Markdown file that is not hidden, not under a hidden or {@code _} folder and not a README. */
    static boolean isArticlePath(Path folder, Path file) {
        Path relative = folder.relativize(file);
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith("_") || name.startsWith(".")) {
                return false;
            }
        }
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".md") && !name.equalsIgnoreCase("README.md");
    }
}
