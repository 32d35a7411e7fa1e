package dev.deskhand.escalation.service;

import java.util.Objects;

/**
 * A customer tier as configured (e.g. standard, business, enterprise, key-account); tiers can tighten SLAs and
 * add mentions.
 */
public record Tier(String id, String label) {
    public Tier {
        Objects.requireNonNull(id, "id");
        label = label == null || label.isBlank() ? id : label;
    }
}
