package dev.deskhand.escalation;

import java.util.Locale;
import java.util.Optional;

/**
 * How bad the customer's problem is; P1 is the worst. The definitions shown next to the choice in Slack are
 * {@code escalation.severity.<NAME>} in the message bundles.
 */
public enum Severity {
    P1, P2, P3, P4;

    /**
     * Accepts {@code P1}, {@code p1}, {@code sev1}, {@code SEV-1} and the words a Korean support floor uses for the
     * four levels: {@code 긴급} (P1), {@code 높음} (P2), {@code 보통} (P3), {@code 낮음} (P4); anything else is empty.
     */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Severity korean = switch (text.strip()) {
            case "긴급" -> P1;
            case "높음" -> P2;
            case "보통" -> P3;
            case "낮음" -> P4;
            default -> null;
        };
        if (korean != null) {
            return Optional.of(korean);
        }
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace("SEV-", "P").replace("SEV", "P");
        for (Severity severity : values()) {
            if (severity.name().equals(normalized)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
