package dev.deskhand.kb;

import java.nio.file.Path;

/** A file under the knowledge folder that could not be loaded, and why. */
public record SkippedFile(Path path, String reason) {
}
