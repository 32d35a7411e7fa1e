package dev.deskhand.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Prints each figure as it is measured and appends it to a tab-separated results file, which {@code run.sh} turns
 * into the summary table. A figure with a target says whether it met it; the verdict is never rounded in its favour.
 */
final class Report {

    /** How a target compares: the measured value must be at most, or at least, the limit. */
    enum Goal { AT_MOST, AT_LEAST }

    private final Path file;

    Report(Path file) {
        this.file = file;
    }

    void figure(String area, String subject, String metric, double value, String unit) {
        write(area, subject, metric, value, unit, "", "");
    }

    void figure(String area, String subject, String metric, double value, String unit, Goal goal, double limit) {
        boolean met = !Double.isNaN(value) && (goal == Goal.AT_MOST ? value <= limit : value >= limit);
        String target = (goal == Goal.AT_MOST ? "<= " : ">= ") + format(limit) + " " + unit;
        write(area, subject, metric, value, unit, target, met ? "met" : "MISSED");
    }

    void note(String area, String subject, String text) {
        System.out.printf("  %-10s %-28s %s%n", area, subject, text);
        append(String.join("\t", area, subject, "note", text, "", "", "") + "\n");
    }

    private void write(String area, String subject, String metric, double value, String unit, String target,
                       String verdict) {
        System.out.printf("  %-10s %-28s %-22s %12s %-6s %s %s%n", area, subject, metric, format(value), unit,
                target, verdict);
        append(String.join("\t", area, subject, metric, format(value), unit, target, verdict) + "\n");
    }

    private void append(String line) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : Math.abs(value) >= 10 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
