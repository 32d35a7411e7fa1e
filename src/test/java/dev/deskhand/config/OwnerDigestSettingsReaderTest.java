package dev.deskhand.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.owners.OwnerDigestSettings;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnerDigestSettingsReaderTest {

    final OwnerDigestSettingsReader reader = new OwnerDigestSettingsReader();

    @Test
    void withoutTheSectionOwnersHearWeeklyOnMondayAtNineInTheBusinessHoursZone() {
        OwnerDigestSettings settings = reader.parse("sla:\n  business_hours:\n    zone: Europe/London\n", "t");
        assertTrue(settings.enabled());
        assertEquals("0 9 * * MON", settings.cron().expression());
        assertEquals(ZoneId.of("Europe/London"), settings.zone());
        assertEquals(ZoneId.of("UTC"), reader.parse("teams: []\n", "t").zone());
    }

    @Test
    void theSectionSetsScheduleZoneSwitchAndOwners() {
        OwnerDigestSettings settings = reader.parse("""
                owner_digest:
                  enabled: false
                  cron: "30 8 * * TUE"
                  zone: Asia/Seoul
                  owners:
                    "@billing-team": [U0BILLING1, "<@U0BILLING2>"]
                    "@logistics": U0LOGIST01
                """, "t");
        assertFalse(settings.enabled());
        assertEquals("30 8 * * TUE", settings.cron().expression());
        assertEquals(ZoneId.of("Asia/Seoul"), settings.zone());
        assertEquals(Map.of("@billing-team", List.of("U0BILLING1", "<@U0BILLING2>"), "@logistics",
                List.of("U0LOGIST01")), settings.owners());
    }

    @Test
    void mistakesNameTheSetting() {
        assertEquals("t: owner_digest.owners.@billing-team[0]: 'ann@example.com' is not a Slack user id (U… or <@U…>)",
                assertThrows(SettingsException.class, () -> reader.parse(
                        "owner_digest:\n  owners:\n    \"@billing-team\": [ann@example.com]\n", "t")).getMessage());
        assertTrue(assertThrows(SettingsException.class, () -> reader.parse(
                "owner_digest:\n  cron: \"every monday\"\n", "t")).getMessage().startsWith("t: owner_digest.cron: "));
        assertTrue(assertThrows(SettingsException.class, () -> reader.parse(
                "owner_digest:\n  crons: \"0 9 * * MON\"\n", "t")).getMessage().contains("unknown setting"));
    }
}
