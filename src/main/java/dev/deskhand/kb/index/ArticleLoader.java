package dev.deskhand.kb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Reads every article under a folder. Folders and files whose name starts with {@code _} or {@code .} and
 * {@code README.md} files are not articles. One broken file is reported and skipped; it never stops the others.
 * A file whose modification time and size are those of its last read is not parsed again: after an edit only the
 * edited file is (parsing is most of a re-read of 10,000 articles).
 */
public final class ArticleLoader {

    /** What a file was when it was last parsed. */
    private record Seen(FileTime modified, long size, ParsedFile parsed) {
    }

    private final ArticleParser parser = new ArticleParser();
    private final Map<Path, Seen> seen = new ConcurrentHashMap<>();

    /**
     * Every Markdown file in path order, parsed; an absent folder yields nothing. Files are parsed in parallel
     * (the common fork-join pool): parsing is independent per file and the largest part of reading a folder.
     */
    public List<ParsedFile> load(Path folder) {
        if (!Files.isDirectory(folder)) {
            seen.clear();
            return List.of();
        }
        List<Path> files = markdownFiles(folder);
        List<ParsedFile> parsed = (files.size() < 64 ? files.stream() : files.parallelStream())
                .map(this::parseIfChanged).toList();
        if (seen.size() > files.size()) {
            seen.keySet().retainAll(new java.util.HashSet<>(files)); // forget removed files
        }
        return parsed;
    }

    private ParsedFile parseIfChanged(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            seen.remove(file);
            return ParsedFile.failed(file, "unreadable: " + e.getMessage());
        }
        Seen last = seen.get(file);
        if (last != null && last.modified().equals(attributes.lastModifiedTime()) && last.size() == attributes.size()) {
            return last.parsed();
        }
        ParsedFile parsed = parseOne(file);
        seen.put(file, new Seen(attributes.lastModifiedTime(), attributes.size(), parsed));
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
