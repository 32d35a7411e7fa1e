package dev.deskhand.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deskhand.escalation.sla.BusinessHours;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.Permissions;
import dev.deskhand.escalation.Severity;
import dev.deskhand.escalation.sla.SlaTargets;
import dev.deskhand.escalation.Team;
import dev.deskhand.escalation.service.Tier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
    private static final Path EXAMPLE = Path.of("deskhand.example.yml");
    private final SettingsFile file = new SettingsFile();

    private static final String MINIMAL = """
            teams:
              - id: billing
                channel: C0BILLING01
            tiers:
              - id: standard
            sla:
              severities:
                P1: { acknowledge: 15m, resolve: 4h }
                P2: { acknowledge: 1h, resolve: 1d }
                P3: { acknowledge: 4h, resolve: 3d }
                P4: { acknowledge: 1d, resolve: PT240H }
            """;

    @Test
    void exampleFileLoadsAsItIs() {
        // GIVEN the top-level example  WHEN it is loaded
        EscalationSettings settings = file.load(EXAMPLE).escalations();

        // THEN the three teams, four tiers and the SLA targets are exactly as documented
        assertEquals(List.of(
                new Team("billing", "Billing", "C0BILLING01", List.of("<!subteam^S0BILLLEAD1>")),
                new Team("technical", "Technical support", "C0TECHNIC01", List.of("<!subteam^S0TECHLEAD1>")),
                new Team("accounts", "Accounts", "C0ACCOUNT01", List.of("<@U0ACCTLEAD1>"))), settings.teams());
        assertEquals(List.of(new Tier("standard", "Standard"), new Tier("business", "Business"),
                new Tier("enterprise", "Enterprise"), new Tier("key-account", "Key account")), settings.tiers());
        assertEquals(new SlaTargets(Duration.ofMinutes(15), Duration.ofHours(4), false),
                settings.sla().targets(Severity.P1, "standard"));
        assertEquals(new SlaTargets(Duration.ofHours(4), Duration.ofHours(24), true),
                settings.sla().targets(Severity.P3, "enterprise"));
        assertEquals(new SlaTargets(Duration.ofMinutes(10), Duration.ofHours(2), false),
                settings.sla().targets(Severity.P1, "key-account"));
        assertEquals(new BusinessHours(ZoneId.of("Europe/London"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 30)), settings.sla().businessHours());
        assertEquals(Duration.ofMinutes(5), settings.sla().warnBefore());
        assertEquals(Duration.ofMinutes(30), settings.sla().repeatEvery());
        assertEquals(List.of("<!subteam^S0ONCALL01>", "<@U0KEYACCT1>"),
                settings.mentions().forEscalation(Severity.P1, "key-account"));
        assertEquals(Permissions.defaults(), settings.permissions());
    }

    @Test
    void minimalFileUsesDefaultsAndIgnoresOtherFeaturesSections() {
        Settings settings = file.parse(MINIMAL + "digests:\n  schedules:\n    - channel: C0DIGEST01\n"
                + "      cron: \"0 9 * * *\"\n      zone: UTC\nadmins: [U0ADMIN01]\n", "t.yml");

        EscalationSettings escalations = settings.escalations();
        assertEquals(new Team("billing", "billing", "C0BILLING01", List.of()), escalations.teams().get(0));
        assertEquals(Duration.ofDays(10), escalations.sla().targets(Severity.P4, "standard").resolve());
        assertNull(escalations.sla().businessHours());
        assertEquals(Duration.ZERO, escalations.sla().warnBefore());
        assertEquals(List.of(), escalations.mentions().forEscalation(Severity.P1, "standard"));
    }

    @Test
    void configuredPermissionGroupsAreRead() {
        Settings settings = file.parse(MINIMAL + "permissions:\n  resolve: [S0LEADS01]\n", "t.yml");

        assertEquals(new Permissions(List.of("S0LEADS01"), List.of()), settings.escalations().permissions());
    }

    @Test
    void mistakesAreReportedWithFileAndSetting() {
        assertEquals("t.yml: teams[0].chanel: unknown setting (expected one of channel, id, language, leads, name, "
                + "paging, zone)",
                message(MINIMAL.replace("channel: C0BILLING01", "chanel: C0BILLING01")));
        assertEquals("t.yml: teams[0].channel: '#billing' is not a channel id like C0123ABCD",
                message(MINIMAL.replace("C0BILLING01", "'#billing'")));
        assertEquals("t.yml: sla.severities: targets for P4 are required",
                message(MINIMAL.replace("    P4: { acknowledge: 1d, resolve: PT240H }\n", "")));
        assertEquals("t.yml: sla.severities.P2.acknowledge: not a duration (use e.g. 15m, 4h, 1h30m, 2d): soon",
                message(MINIMAL.replace("acknowledge: 1h", "acknowledge: soon")));
        assertEquals("t.yml: sla.tiers.gold: no tier called gold is configured under tiers:",
                message(MINIMAL + "  tiers:\n    gold:\n      P1: { acknowledge: 5m, resolve: 1h }\n"));
        assertEquals("t.yml: mentions.severities.P1[0]: '@oncall' is not a mention like <!subteam^S0123ABCD> or"
                + " <@U0123ABCD>", message(MINIMAL + "mentions:\n  severities:\n    P1: ['@oncall']\n"));
        assertEquals("t.yml: tiers: is required", message(MINIMAL.replace("tiers:\n  - id: standard\n", "")));
    }

    @Test
    void missingFileFallsBackToTheExample(@TempDir Path dir) throws IOException {
        Path absent = dir.resolve("deskhand.yml");

        assertEquals(file.load(EXAMPLE), file.loadOrExample(absent));

        Files.writeString(absent, MINIMAL);
        assertEquals(1, file.loadOrExample(absent).escalations().teams().size());
    }

    private String message(String yaml) {
        return assertThrows(SettingsException.class, () -> file.parse(yaml, "t.yml")).getMessage();
    }
}
