package dev.deskhand.escalation.service;

import dev.deskhand.escalation.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who to mention on a new card, per severity and per tier: Slack user groups ({@code <!subteam^S…>}) or users
 * ({@code <@U…>}), already in Slack's mention syntax.
 */
public record Mentions(Map<Severity, List<String>> bySeverity, Map<String, List<String>> byTier) {
    public Mentions {
        bySeverity = copy(bySeverity);
        byTier = copy(byTier);
    }

    private static <K> Map<K, List<String>> copy(Map<K, List<String>> source) {
        if (source == null) {
            return Map.of();
        }
        Map<K, List<String>> copy = new java.util.HashMap<>();
        source.forEach((key, value) -> copy.put(key, List.copyOf(value)));
        return Map.copyOf(copy);
    }

    /** Nobody is mentioned. */
    public static Mentions none() {
        return new Mentions(Map.of(), Map.of());
    }

    /** The severity's mentions then the tier's, each once, in configuration order. */
    public List<String> forEscalation(Severity severity, String tier) {
        Set<String> all = new LinkedHashSet<>(bySeverity.getOrDefault(severity, List.of()));
        all.addAll(byTier.getOrDefault(tier, List.of()));
        return new ArrayList<>(all);
    }
}
