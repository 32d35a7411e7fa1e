package dev.deskhand.kb.tools;

import java.nio.file.Path;

/** One problem found by {@code kb lint}; printed as {@code path: severity: message}. */
public record LintFinding(Path path, Severity severity, String message) {

    /** Errors fail the lint run; warnings (e.g. a past review date) do not. */
    public enum Severity { ERROR, WARNING }

    @Override
    public String toString() {
        return path + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
