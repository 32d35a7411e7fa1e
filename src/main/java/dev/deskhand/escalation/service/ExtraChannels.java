package dev.deskhand.escalation.service;

import dev.deskhand.escalation.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routing beyond the team: channels that also hear about a new escalation of some severity (an incident channel
 * for P1) or tier (the account team for key accounts). The card stays in the team's channel; these get a notice.
 */
public record ExtraChannels(Map<Severity, List<String>> bySeverity, Map<String, List<String>> byTier) {

    public ExtraChannels {
        Map<Severity, List<String>> severities = new EnumMap<>(Severity.class);
        bySeverity.forEach((severity, channels) -> severities.put(severity, List.copyOf(channels)));
        bySeverity = Map.copyOf(severities);
        Map<String, List<String>> tiers = new LinkedHashMap<>();
        byTier.forEach((tier, channels) -> tiers.put(tier, List.copyOf(channels)));
        byTier = Map.copyOf(tiers);
    }

    public static ExtraChannels none() {
        return new ExtraChannels(Map.of(), Map.of());
    }

    /** The severity's channels then the tier's, each once, never the team's own channel. */
    public List<String> forEscalation(Severity severity, String tier, String teamChannel) {
        Set<String> all = new LinkedHashSet<>(bySeverity.getOrDefault(severity, List.of()));
        all.addAll(byTier.getOrDefault(tier, List.of()));
        all.remove(teamChannel);
        return new ArrayList<>(all);
    }
}
