package dev.deskhand.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as people write them in YAML: {@code 15m}, {@code 4h}, {@code 1h30m}, {@code 2d}, or ISO. */
final class DurationText {
    private static final Pattern PART = Pattern.compile("(\\d+)([dhms])");
    private static final Pattern WHOLE = Pattern.compile("(?:\\d+[dhms])+");

    private DurationText() {
    }

    static Duration parse(YamlNode node) {
        String text = node.text().toLowerCase(Locale.ROOT).replace(" ", "");
        if (text.startsWith("p")) {
            try {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw node.error("not a duration: " + node.text());
            }
        }
        if (!WHOLE.matcher(text).matches()) {
            throw node.error("not a duration (use e.g. 15m, 4h, 1h30m, 2d): " + node.text());
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(text);
        while (part.find()) {
            long amount = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            });
        }
        return total;
    }
}
