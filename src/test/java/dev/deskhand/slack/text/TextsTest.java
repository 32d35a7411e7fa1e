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
