package dev.deskhand.paging;

import dev.deskhand.escalation.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * One entry of a team's {@code on:} list: page when an escalation is created or breaches its SLA, at one severity
 * ({@code P1-created}, {@code P2-breach}) or at any ({@code created}, {@code breach}).
 *
 * @param severity empty for every severity
 */
public record PageOn(Optional<Severity> severity, Moment moment) {

    /** When in an escalation's life a page may go out. */
    public enum Moment {
        /** The escalation was just created (at its first severity). */
        CREATED,
        /** It missed its acknowledgement or resolution target. */
        BREACH
    }

    /** Accepts {@code P1-created}, {@code p2-breach}, {@code created}, {@code breach}; anything else is empty. */
    public static Optional<PageOn> parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int dash = value.lastIndexOf('-');
        String when = dash < 0 ? value : value.substring(dash + 1);
        Moment moment = switch (when) {
            case "created" -> Moment.CREATED;
            case "breach" -> Moment.BREACH;
            default -> null;
        };
        if (moment == null) {
            return Optional.empty();
        }
        if (dash < 0) {
            return Optional.of(new PageOn(Optional.empty(), moment));
        }
        String level = value.substring(0, dash).toUpperCase(Locale.ROOT);
        return level.matches("P[1-4]") ? Optional.of(new PageOn(Severity.parse(level), moment)) : Optional.empty();
    }

    /** Whether this entry pages for {@code moment} of an escalation at {@code level}. */
    boolean matches(Moment at, Severity level) {
        return moment == at && severity.map(level::equals).orElse(true);
    }

    @Override
    public String toString() {
        String when = moment.name().toLowerCase(Locale.ROOT);
        return severity.map(level -> level.name() + "-" + when).orElse(when);
    }
}
