package dev.deskhand.slack.kb;

import dev.deskhand.slack.text.Texts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** "updated 12 days ago" / "12일 전 수정", in the words an agent reads at a glance. */
final class Freshness {

    private Freshness() {
    }

    static String updated(LocalDate updated, LocalDate today, Texts texts) {
        long days = Math.max(0, ChronoUnit.DAYS.between(updated, today));
        if (days < 60) {
            return texts.get("time.updated", "days", days);
        }
        long months = ChronoUnit.MONTHS.between(updated, today);
        return months < 24 ? texts.get("time.updatedMonths", "months", months)
                : texts.get("time.updatedYears", "years", days / 365);
    }
}
