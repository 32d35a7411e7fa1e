package dev.deskhand.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncSettingsReaderTest {

    private final SyncSettingsReader reader = new SyncSettingsReader();

    @Test
    void entriesBecomeImportArguments() {
        List<SyncJob> jobs = reader.parse("""
                sync:
                  - source: zendesk
                    every: 1h
                    subdomain: acme
                    token_env: ZENDESK_TOKEN
                    deleted: archive
                  - source: csv
                    every: 15m
                    path: shared/faq.csv
                """, "deskhand.yml");
        assertEquals(List.of(
                new SyncJob("zendesk", Duration.ofHours(1), List.of("zendesk", "--subdomain", "acme", "--token-env",
                        "ZENDESK_TOKEN", "--deleted", "archive")),
                new SyncJob("csv", Duration.ofMinutes(15), List.of("csv", "shared/faq.csv"))), jobs);
        assertEquals(List.of(), reader.parse("teams: []\n", "deskhand.yml"));
    }

    @Test
    void aCredentialWrittenInTheFileIsRefused() {
        SettingsException e = assertThrows(SettingsException.class, () -> reader.parse("""
                sync:
                  - source: zendesk
                    every: 1h
                    token: abc123
                """, "deskhand.yml"));
        assertEquals("deskhand.yml: sync[0].token: credentials are never written in deskhand.yml: put it in an"
                + " environment variable and name it with token_env", e.getMessage());
    }
}
