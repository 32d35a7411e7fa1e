package dev.deskhand.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small builders shared by the escalation tests. */
final class EscalationFixtures {
    static final Instant CREATED = Instant.parse("2025-03-03T10:00:00Z"); // a Monday

    private EscalationFixtures() {
    }

    static NewEscalation draft(Severity severity, String team) {
        return new NewEscalation("ACME Corp", "standard", "ACME-1234", severity, team,
                "customer charged twice after plan change", "refunded once manually", null, "UREQ");
    }

    static Escalation open(Severity severity) {
        return Escalation.opened(new EscalationKey(42), draft(severity, "billing"), CREATED);
    }

    static SlaPolicy policy(BusinessHours hours) {
        return new SlaPolicy(Map.of(
                Severity.P1, new SlaTargets(Duration.ofMinutes(15), Duration.ofHours(4), false),
                Severity.P2, new SlaTargets(Duration.ofHours(1), Duration.ofDays(1), false),
                Severity.P3, new SlaTargets(Duration.ofHours(4), Duration.ofHours(24), true),
                Severity.P4, new SlaTargets(Duration.ofHours(8), Duration.ofHours(40), true)),
                Map.of("key-account", Map.of(Severity.P1,
                        new SlaTargets(Duration.ofMinutes(10), Duration.ofHours(2), false))),
                hours, Duration.ofMinutes(5), Duration.ofMinutes(30));
    }

    static Lifecycle lifecycle() {
        return new Lifecycle(Permissions.open(), java.util.Set.of("billing", "technical", "accounts"));
    }

    static List<String> teams() {
        return List.of("billing", "technical", "accounts");
    }
}
