package dev.deskhand.escalation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The human key of an escalation, {@code ESC-42}: short enough to say out loud, unique, never reused. */
public record EscalationKey(long number) {
    private static final Pattern FORMAT = Pattern.compile("(?:ESC-)?(\\d{1,18})");

    public EscalationKey {
        if (number < 1) {
            throw new IllegalArgumentException("escalation numbers start at 1, got " + number);
        }
    }

    /** Accepts {@code ESC-42}, {@code esc-42} and {@code 42}. */
    public static Optional<EscalationKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.trim().toUpperCase(Locale.ROOT));
        return matcher.matches() ? Optional.of(new EscalationKey(Long.parseLong(matcher.group(1)))) : Optional.empty();
    }

    @Override
    public String toString() {
        return "ESC-" + number;
    }
}
