package dev.deskhand.slack.escalation;

import dev.deskhand.escalation.EscalationKey;
import java.util.Optional;

/** Action ids on the card and how the escalation key travels with them (in the actions block's id). */
final class CardActionIds {
    static final String CLAIM = "esc_claim";
    static final String RESOLVE = "esc_resolve";
    static final String REASSIGN_USER = "esc_reassign_user";
    static final String REASSIGN_TEAM = "esc_reassign_team";
    static final String SEVERITY = "esc_severity";
    static final String SNOOZE = "esc_snooze";
    static final String REOPEN = "esc_reopen";
    private static final String BLOCK_PREFIX = "escalation:";

    private CardActionIds() {
    }

    static String blockId(EscalationKey key) {
        return BLOCK_PREFIX + key.number();
    }

    static Optional<EscalationKey> keyOf(String blockId) {
        if (blockId == null || !blockId.startsWith(BLOCK_PREFIX)) {
            return Optional.empty();
        }
        return EscalationKey.parse(blockId.substring(BLOCK_PREFIX.length()));
    }
}
