package dev.deskhand.slack.escalation.actions;

import dev.deskhand.slack.escalation.card.Blocks;
import dev.deskhand.slack.escalation.form.EscalationModal;
import dev.deskhand.slack.text.Texts;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.FieldLimit;
import dev.deskhand.escalation.ResolutionReason;

/** The small resolve form: a required note and a reason from the fixed list. */
public final class ResolveModal {
    public static final String CALLBACK_ID = "escalation_resolve";

    private ResolveModal() {
    }

    static ObjectNode view(EscalationKey key, Texts texts) {
        ObjectNode view = Blocks.object().put("type", "modal").put("callback_id", CALLBACK_ID);
        view.set("title", Blocks.plain(texts.get("escalation.resolve.title", "key", key.toString())));
        view.set("submit", Blocks.plain(texts.get("escalation.resolve.submit")));
        view.set("close", Blocks.plain(texts.get("escalation.modal.close")));
        view.put("private_metadata", String.valueOf(key.number()));
        ArrayNode blocks = view.putArray("blocks");
        ObjectNode note = Blocks.object().put("type", "input").put("block_id", "note").put("optional", false);
        note.set("label", Blocks.plain(texts.get("escalation.resolve.note")));
        note.set("element", Blocks.object().put("type", "plain_text_input").put("action_id", EscalationModal.VALUE)
                .put("multiline", true).put("max_length", FieldLimit.NOTE.max()));
        note.set("hint", Blocks.plain(texts.get("escalation.resolve.note.hint")));
        blocks.add(note);
        ArrayNode reasons = Blocks.array();
        for (ResolutionReason reason : ResolutionReason.values()) {
            reasons.add(Blocks.option(texts.get("escalation.reason." + reason.name()), reason.name()));
        }
        ObjectNode reason = Blocks.object().put("type", "input").put("block_id", "reason").put("optional", false);
        reason.set("label", Blocks.plain(texts.get("escalation.resolve.reason")));
        reason.set("element", Blocks.staticSelect(EscalationModal.VALUE, texts.get("escalation.modal.choose"), reasons));
        blocks.add(reason);
        return view;
    }
}
