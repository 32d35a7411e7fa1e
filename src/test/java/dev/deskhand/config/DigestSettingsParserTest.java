package dev.deskhand.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.deskhand.digest.schedule.CatchUpPolicy;
import dev.deskhand.digest.schedule.DigestSchedule;
import dev.deskhand.digest.schedule.DigestSection;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigestSettingsParserTest {

    private final DigestSettingsParser parser = new DigestSettingsParser();

    @Test
    void schedulesGraceAndAdminsAreRead() throws Exception {
        DigestSettings settings = parser.parse(yaml("""
                admins: [U1, U2]
                digests:
                  grace: 90m
                  schedules:
                    - channel: C1
                      cron: "0 9 * * MON-FRI"
                      zone: Asia/Seoul
                      teams: [billing, technical]
                      sections: [open_by_severity, knowledge-gaps]
                    - channel: C2
                      cron: "30 8 * * *"
                      zone: America/New_York
                """));

        assertEquals(List.of(
                DigestSchedule.of("C1", "0 9 * * MON-FRI", "Asia/Seoul", Set.of("billing", "technical"),
                        EnumSet.of(DigestSection.OPEN_BY_SEVERITY, DigestSection.KNOWLEDGE_GAPS)),
                DigestSchedule.everything("C2", "30 8 * * *", "America/New_York")), settings.schedules());
        assertEquals(new CatchUpPolicy(Duration.ofMinutes(90), CatchUpPolicy.DEFAULT_LATE_AFTER), settings.catchUp());
        assertTrue(settings.admins().mayManage("U2"));
        assertFalse(settings.admins().mayManage("U3"));
    }

    @Test
    void aScheduleSpeaksItsOwnLanguageElseItsTeamsElseNoneForTheChannelDefault() {
        Settings settings = new SettingsFile().parse("""
                teams:
                  - { id: billing, channel: C0BILLING01, language: ko }
                  - { id: refunds, channel: C0REFUNDS01, language: ko }
                  - { id: technical, channel: C0TECH00001, language: en }
                  - { id: sales, channel: C0SALES0001 }
                tiers:
                  - id: standard
                sla:
                  severities:
                    P1: { acknowledge: 15m, resolve: 4h }
                    P2: { acknowledge: 1h, resolve: 1d }
                    P3: { acknowledge: 4h, resolve: 3d }
                    P4: { acknowledge: 1d, resolve: 10d }
                digests:
                  schedules:
                    - { channel: C1, cron: "0 9 * * *", zone: UTC, teams: [billing], language: EN }
                    - { channel: C2, cron: "0 9 * * *", zone: UTC, teams: [billing, refunds] }
                    - { channel: C3, cron: "0 9 * * *", zone: UTC, teams: [billing, technical] }
                    - { channel: C4, cron: "0 9 * * *", zone: UTC, teams: [billing, sales] }
                    - { channel: C5, cron: "0 9 * * *", zone: UTC }
                    - { channel: C6, cron: "0 9 * * *", zone: UTC, language: ko }
                """, "deskhand.yml");

        assertEquals(List.of(Optional.of("en"), Optional.of("ko"), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of("ko")),
                settings.digests().schedules().stream().map(DigestSchedule::language).toList());
    }

    @Test
    void aLanguageDeskhandDoesNotSpeakIsAnError() throws Exception {
        SettingsException error = assertThrows(SettingsException.class, () -> parser.parse(yaml("""
                digests:
                  schedules:
                    - { channel: C1, cron: "0 9 * * *", zone: UTC, language: ja }
                """)));

        assertEquals("digests.schedules[0]: language ja is not one Deskhand speaks; use en or ko", error.getMessage());
    }

    @Test
    void missingPartsMeanNoSchedulesDefaultGraceAndAnyoneMayManage() throws Exception {
        DigestSettings settings = parser.parse(yaml("teams: []\n"));

        assertEquals(DigestSettings.none(), settings);
        assertTrue(settings.admins().mayManage("U_ANYONE"));
    }

    @Test
    void errorsNameTheOffendingEntry() throws Exception {
        SettingsException badZone = assertThrows(SettingsException.class, () -> parser.parse(yaml("""
                digests:
                  schedules:
                    - {channel: C1, cron: "0 9 * * *", zone: UTC}
                    - {channel: C2, cron: "0 9 * * *", zone: Europe/Nowhere}
                """)));
        SettingsException badSection = assertThrows(SettingsException.class, () -> parser.parse(yaml("""
                digests:
                  schedules:
                    - {channel: C1, cron: "0 9 * * *", zone: UTC, sections: [weather]}
                """)));
        SettingsException twice = assertThrows(SettingsException.class, () -> parser.parse(yaml("""
                digests:
                  schedules:
                    - {channel: C1, cron: "0 9 * * *", zone: UTC}
                    - {channel: C1, cron: "0 17 * * *", zone: UTC}
                """)));

        assertTrue(badZone.getMessage().startsWith("digests.schedules[1]: time zone 'Europe/Nowhere'"),
                badZone.getMessage());
        assertTrue(badSection.getMessage().startsWith("digests.schedules[0].sections[0]: unknown digest section 'weather'"),
                badSection.getMessage());
        assertEquals("digests.schedules[1].channel: C1 has more than one schedule", twice.getMessage());
    }

    @Test
    void misspeltDigestSettingIsAnError() {
        SettingsException typo = assertThrows(SettingsException.class, () -> parser.parse(yaml("""
                digests:
                  schedules:
                    - {channel: C1, cron: "0 9 * * *", zone: UTC, section: [sla]}
                """)));

        assertTrue(typo.getMessage().startsWith("digests.schedules[0].section: unknown setting"), typo.getMessage());
    }

    @Test
    void bundledExampleHasValidDigestSettings() throws Exception {
        DigestSettings settings = parser.parse(yaml(java.nio.file.Files.readString(
                java.nio.file.Path.of("deskhand.example.yml"))));

        assertEquals(DigestSettings.none(), settings);
    }

    private static JsonNode yaml(String text) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(text);
    }
}
