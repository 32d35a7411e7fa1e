package dev.deskhand.kb.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/** The small fixture knowledge folder under src/test/resources/kb/fixture, and helpers around it. */
public final class KbFixture {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC);

    private KbFixture() {
    }

    public static Path folder() {
        try {
            return Path.of(KbFixture.class.getResource("/kb/fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A writable copy of the fixture folder, for tests that edit files. */
    static Path copyTo(Path target) {
        Path source = folder();
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    public static LuceneKnowledgeBase started(Path folder) {
        LuceneKnowledgeBase kb = new LuceneKnowledgeBase(folder, CLOCK, Runnable::run,
                dev.deskhand.testing.Encoders.miniLm());
        kb.reload();
        return kb;
    }
}
