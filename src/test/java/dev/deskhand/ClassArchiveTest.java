package dev.deskhand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassArchiveTest {

    @Test
    void aNamedArchiveThatIsNotThereIsReported() {
        assertEquals(Optional.of("/app/deskhand.jsa"), ClassArchive.missing(
                List.of("-XX:SharedArchiveFile=/app/deskhand.jsa", "-Xmx128m", "-jar", "/app/deskhand.jar"), p -> false));
    }

    @Test
    void anArchiveThatIsThereOrNoArchiveIsFine() {
        assertEquals(Optional.empty(), ClassArchive.missing(List.of("-XX:SharedArchiveFile=/app/deskhand.jsa"),
                p -> p.equals(Path.of("/app/deskhand.jsa"))));
        assertEquals(Optional.empty(), ClassArchive.missing(List.of("-Xmx128m", "-jar", "deskhand.jar"), p -> false));
    }

    @Test
    void ofABaseAndADynamicArchiveTheDynamicOneIsChecked() {
        assertEquals(Optional.of("/app/deskhand.jsa"), ClassArchive.missing(
                List.of("-XX:SharedArchiveFile=/opt/java/classes.jsa:/app/deskhand.jsa"),
                p -> p.equals(Path.of("/opt/java/classes.jsa"))));
    }
}
