package dev.deskhand.slack.escalation.actions;

import dev.deskhand.slack.escalation.card.Blocks;
import dev.deskhand.slack.escalation.form.EscalationModal;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.FieldLimit;
import dev.deskhand.slack.text.Texts;
import java.util.Optional;

/**
 * The reopen form: one required reason. {@code private_metadata} is "number|channel", the channel of the card, so
 * the confirmation reaches the person where they clicked.
 */
public final class ReopenModal {
    public static final String CALLBACK_ID = "escalation_reopen";

    private ReopenModal() {
    }

    static ObjectNode view(EscalationKey key, String channelId, Texts texts) {
        ObjectNode view = Blocks.object().put("type", "modal").put("callback_id", CALLBACK_ID);
        view.set("title", Blocks.plain(texts.get("workflow.reopen.title", "key", key.toString())));
        view.set("submit", Blocks.plain(texts.get("workflow.reopen.submit")));
        view.set("close", Blocks.plain(texts.get("workflow.reopen.close")));
        view.put("private_metadata", key.number() + "|" + channelId);
        ArrayNode blocks = view.putArray("blocks");
        ObjectNode reason = Blocks.object().put("type", "input").put("block_id", "reason").put("optional", false);
        reason.set("label", Blocks.plain(texts.get("workflow.reopen.label")));
        reason.set("element", Blocks.object().put("type", "plain_text_input").put("action_id", EscalationModal.VALUE)
                .put("multiline", true).put("max_length", FieldLimit.NOTE.max()));
        reason.set("hint", Blocks.plain(texts.get("workflow.reopen.hint")));
        blocks.add(reason);
        return view;
    }

    /** The escalation and the card's channel from {@code private_metadata}. */
    static Optional<Target> target(String privateMetadata) {
        if (privateMetadata == null || !privateMetadata.contains("|")) {
            return Optional.empty();
        }
        int bar = privateMetadata.indexOf('|');
        return EscalationKey.parse(privateMetadata.substring(0, bar))
                .map(key -> new Target(key, privateMetadata.substring(bar + 1)));
    }

    record Target(EscalationKey key, String channelId) {
    }
}
