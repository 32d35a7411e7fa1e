package dev.deskhand.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Small builders shared by the escalation tests (public for those of its subpackages). */
public final class EscalationFixtures {
    public static final Instant CREATED = Instant.parse("2025-03-03T10:00:00Z"); // a Monday

    private EscalationFixtures() {
    }

    public static NewEscalation draft(Severity severity, String team) {
        return new NewEscalation("ACME Corp", "standard", "ACME-1234", severity, team,
                "customer charged twice after plan change", "refunded once manually", null, "UREQ");
    }

    public static Escalation open(Severity severity) {
        return Escalation.opened(new EscalationKey(42), draft(severity, "billing"), CREATED);
    }

    public static Lifecycle lifecycle() {
        return new Lifecycle(Permissions.open(), java.util.Set.of("billing", "technical", "accounts"));
    }

    public static List<String> teams() {
        return List.of("billing", "technical", "accounts");
    }
}
