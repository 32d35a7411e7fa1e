package dev.deskhand.escalation;

import java.util.Locale;
import java.util.Optional;

/** How bad the customer's problem is; P1 is the worst. The definitions are shown next to the choice in Slack. */
public enum Severity {
    P1("Critical: production down or data loss for the customer, no workaround"),
    P2("High: a core feature is broken or money is wrong, no reasonable workaround"),
    P3("Medium: a feature is impaired, a workaround exists"),
    P4("Low: a question, a cosmetic problem or a request");

    private final String definition;

    Severity(String definition) {
        this.definition = definition;
    }

    /** One line a support agent can read when choosing. */
    public String definition() {
        return definition;
    }

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
