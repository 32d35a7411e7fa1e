package dev.deskhand.slack.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.MissingResourceException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextsTest {

    private final Messages messages = new Messages();

    @Test
    void pluralsFollowEachLanguage() {
        Texts en = messages.in(Language.EN);
        Texts ko = messages.in(Language.KO);
        assertEquals("updated 1 month ago", en.get("time.updatedMonths", "months", 1));
        assertEquals("updated 3 months ago", en.get("time.updatedMonths", "months", 3));
        assertEquals("updated yesterday", en.get("time.updated", "days", 1));
        assertEquals("2일 전", ko.get("time.agoDays", "days", 2));
        assertEquals("오늘 수정", ko.get("time.updated", "days", 0));
        assertEquals("12일 전 수정", ko.get("time.updated", "days", 12));
    }

    @Test
    void datesAreInTheReadersZoneAndLanguage() {
        Instant friday = Instant.parse("2026-12-05T00:00:00Z");
        Reader seoul = new Reader(Language.KO, ZoneId.of("Asia/Seoul"));
        assertEquals("12월 5일 (토) 09:00", messages.in(seoul).get("time.dateTime", "when", friday));
        Reader london = new Reader(Language.EN, ZoneId.of("Europe/London"));
        assertEquals("Sat Dec 5, 00:00", messages.in(london).get("time.dateTime", "when", friday));
        Instant thursdayNight = Instant.parse("2026-12-04T00:00:00Z");
        assertEquals("12월 4일 (금) 09:00", messages.in(seoul).get("time.dateTime", "when", thursdayNight));
    }

    @Test
    void oneAndTwoAreDifferentWordsInEnglishAndTheSameInKorean() {
        Texts en = messages.in(Language.EN);
        Texts ko = messages.in(Language.KO);
        assertEquals("updated 2 months ago", en.get("time.updatedMonths", "months", 2));
        assertEquals("updated 1 year ago", en.get("time.updatedYears", "years", 1));
        assertEquals("updated 2 years ago", en.get("time.updatedYears", "years", 2));
        assertEquals("1 day ago", en.get("time.agoDays", "days", 1));
        assertEquals("1 minute ago", en.get("time.ago", "minutes", 1));
        assertEquals("just now", en.get("time.ago", "minutes", 0));
        assertEquals("1개월 전 수정", ko.get("time.updatedMonths", "months", 1));
        assertEquals("2개월 전 수정", ko.get("time.updatedMonths", "months", 2));
        assertEquals("1일 전", ko.get("time.agoDays", "days", 1));
        assertEquals("방금 전", ko.get("time.ago", "minutes", 0));
        // Numbers are grouped the reader's way, inside plurals too.
        assertEquals("1,200 days ago", en.get("time.agoDays", "days", 1200));
        assertEquals("1,200일 전", ko.get("time.agoDays", "days", 1200));
    }

    /** The issue's own example: Friday 5 December 2025, 09:00 in Seoul. */
    @Test
    void theKoreanDateReadsAsAKoreanWouldWriteIt() {
        Instant friday = Instant.parse("2025-12-05T00:00:00Z");
        assertEquals("12월 5일 (금) 09:00",
                messages.in(new Reader(Language.KO, ZoneId.of("Asia/Seoul"))).get("time.dateTime", "when", friday));
        assertEquals("Fri Dec 5, 09:00",
                messages.in(new Reader(Language.EN, ZoneId.of("Asia/Seoul"))).get("time.dateTime", "when", friday));
        assertEquals("2025년 12월 5일",
                messages.in(new Reader(Language.KO, ZoneId.of("Asia/Seoul"))).get("time.date", "when", friday));
    }

    @Test
    void aMissingKeyFailsLoudly() {
        assertThrows(MissingResourceException.class, () -> messages.in(Language.KO).get("time.nothing"));
        assertThrows(IllegalArgumentException.class, () -> messages.in(Language.KO).get("time.agoDays", "days"));
    }

    @Test
    void slackLocalesAndTypedWordsNameALanguage() {
        assertEquals(Optional.of(Language.KO), Language.parse("ko-KR"));
        assertEquals(Optional.of(Language.EN), Language.parse("en-US"));
        assertEquals(Optional.of(Language.EN), Language.parse("en_GB"));
        assertEquals(Optional.of(Language.KO), Language.parse("한국어"));
        assertEquals(Optional.empty(), Language.parse("ja-JP"));
        assertEquals(Optional.empty(), Language.parse(""));
    }
}
