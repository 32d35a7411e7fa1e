package dev.deskhand.config;

import dev.deskhand.escalation.sla.BusinessHours;
import dev.deskhand.escalation.Severity;
import dev.deskhand.escalation.sla.SlaPolicy;
import dev.deskhand.escalation.sla.SlaTargets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the {@code sla:} section: targets per severity, per-tier overrides, business hours, reminder timing. */
final class SlaReader {
    private static final Set<String> SLA_FIELDS =
            Set.of("warn_before", "repeat_every", "business_hours", "severities", "tiers");
    private static final Set<String> TARGET_FIELDS = Set.of("acknowledge", "resolve", "business_hours");

    private SlaReader() {
    }

    static SlaPolicy read(YamlNode sla, Set<String> tierIds) {
        sla.allowOnly(SLA_FIELDS);
        Map<Severity, SlaTargets> bySeverity = targets(sla.get("severities"));
        for (Severity severity : Severity.values()) {
            if (!bySeverity.containsKey(severity)) {
                throw sla.get("severities").error("targets for " + severity + " are required");
            }
        }
        Map<String, Map<Severity, SlaTargets>> byTier = new HashMap<>();
        if (sla.has("tiers")) {
            sla.get("tiers").entries().forEach((tier, targets) -> {
                if (!tierIds.contains(tier)) {
                    throw targets.error("no tier called " + tier + " is configured under tiers:");
                }
                byTier.put(tier, targets(targets));
            });
        }
        BusinessHours hours = sla.optional("business_hours").map(SlaReader::businessHours).orElse(null);
        Duration warnBefore = sla.optional("warn_before").map(DurationText::parse).orElse(Duration.ZERO);
        Duration repeatEvery = sla.optional("repeat_every").map(DurationText::parse).orElse(Duration.ZERO);
        return new SlaPolicy(bySeverity, byTier, hours, warnBefore, repeatEvery);
    }

    private static Map<Severity, SlaTargets> targets(YamlNode severities) {
        Map<Severity, SlaTargets> targets = new EnumMap<>(Severity.class);
        severities.entries().forEach((name, node) -> {
            Severity severity = Severity.parse(name)
                    .orElseThrow(() -> node.error("not a severity (use P1, P2, P3 or P4)"));
            node.allowOnly(TARGET_FIELDS);
            Duration acknowledge = DurationText.parse(node.get("acknowledge"));
            Duration resolve = DurationText.parse(node.get("resolve"));
            if (acknowledge.isZero() || resolve.isZero()) {
                throw node.error("targets must be longer than zero");
            }
            targets.put(severity, new SlaTargets(acknowledge, resolve, node.bool("business_hours", false)));
        });
        return targets;
    }

    private static BusinessHours businessHours(YamlNode node) {
        node.allowOnly(Set.of("zone", "days", "start", "end"));
        try {
            ZoneId zone = ZoneId.of(node.text("zone"));
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (YamlNode day : node.get("days").list()) {
                days.add(dayOfWeek(day));
            }
            LocalTime start = LocalTime.parse(node.text("start"));
            LocalTime end = LocalTime.parse(node.text("end"));
            if (!start.isBefore(end)) {
                throw node.error("start must be before end");
            }
            return new BusinessHours(zone, days, start, end);
        } catch (DateTimeException e) {
            throw node.error("invalid zone or time (use an IANA zone like Europe/Berlin and HH:MM): "
                    + e.getMessage());
        }
    }

    private static DayOfWeek dayOfWeek(YamlNode day) {
        String text = day.text().toUpperCase(Locale.ROOT);
        for (DayOfWeek candidate : DayOfWeek.values()) {
            if (candidate.name().startsWith(text) && text.length() >= 3) {
                return candidate;
            }
        }
        throw day.error("not a day of the week (use MON, TUE, …)");
    }
}
