package dev.deskhand.slack.kb;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** "updated 12 days ago", in the words an agent reads at a glance. */
final class Freshness {

    private Freshness() {
    }

    static String updated(LocalDate updated, LocalDate today) {
        long days = ChronoUnit.DAYS.between(updated, today);
        if (days <= 0) {
            return "updated today";
        }
        if (days == 1) {
            return "updated yesterday";
        }
        if (days < 60) {
            return "updated " + days + " days ago";
        }
        long months = ChronoUnit.MONTHS.between(updated, today);
        return months < 24 ? "updated " + months + " months ago" : "updated " + (days / 365) + " years ago";
    }
}
