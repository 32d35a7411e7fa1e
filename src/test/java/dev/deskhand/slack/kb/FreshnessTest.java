package dev.deskhand.slack.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Messages;
import dev.deskhand.slack.text.Texts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "updated …" under an answer, from days to years, in both languages: no "1 months ago". */
class FreshnessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final List<LocalDate> UPDATED = List.of(TODAY, TODAY.minusDays(1), TODAY.minusDays(2),
            TODAY.minusDays(59), TODAY.minusDays(60), TODAY.minusMonths(2).minusDays(10), TODAY.minusMonths(23),
            TODAY.minusYears(1).minusMonths(11).minusDays(30), TODAY.minusYears(3));

    @Test
    void englishSaysOneMonthAndTwoMonths() {
        assertEquals(List.of("updated today", "updated yesterday", "updated 2 days ago", "updated 59 days ago",
                "updated 1 month ago", "updated 2 months ago", "updated 23 months ago", "updated 23 months ago",
                "updated 3 years ago"), render(Language.EN));
    }

    @Test
    void koreanCountsWithoutPlurals() {
        assertEquals(List.of("오늘 수정", "어제 수정", "2일 전 수정", "59일 전 수정", "1개월 전 수정", "2개월 전 수정",
                "23개월 전 수정", "23개월 전 수정", "3년 전 수정"), render(Language.KO));
    }

    private static List<String> render(Language language) {
        Texts texts = new Messages().in(language);
        return UPDATED.stream().map(day -> Freshness.updated(day, TODAY, texts)).toList();
    }
}
