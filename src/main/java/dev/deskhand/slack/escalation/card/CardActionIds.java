package dev.deskhand.slack.escalation.card;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import dev.deskhand.escalation.EscalationKey;
import java.util.Optional;

/**
 * Action ids on the card, how the escalation key travels with them (in the actions block's id), and the action a
 * {@code block_actions} payload carries.
 */
public final class CardActionIds {
    public static final String CLAIM = "esc_claim";
    public static final String RESOLVE = "esc_resolve";
    public static final String REASSIGN_USER = "esc_reassign_user";
    public static final String REASSIGN_TEAM = "esc_reassign_team";
    public static final String SEVERITY = "esc_severity";
    public static final String SNOOZE = "esc_snooze";
    public static final String REOPEN = "esc_reopen";
    private static final String BLOCK_PREFIX = "escalation:";

    private CardActionIds() {
    }

    public static String blockId(EscalationKey key) {
        return BLOCK_PREFIX + key.number();
    }

    public static Optional<EscalationKey> keyOf(String blockId) {
        if (blockId == null || !blockId.startsWith(BLOCK_PREFIX)) {
            return Optional.empty();
        }
        return EscalationKey.parse(blockId.substring(BLOCK_PREFIX.length()));
    }

    public static BlockActionPayload.Action action(BlockActionRequest request) {
        return request.getPayload().getActions().get(0);
    }
}
