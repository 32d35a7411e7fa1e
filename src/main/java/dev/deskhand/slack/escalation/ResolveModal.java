package dev.deskhand.slack.escalation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.FieldLimit;
import dev.deskhand.escalation.ResolutionReason;

/** The small resolve form: a required note and a reason from the fixed list. */
final class ResolveModal {
    static final String CALLBACK_ID = "escalation_resolve";

    private ResolveModal() {
    }

    static ObjectNode view(EscalationKey key) {
        ObjectNode view = Blocks.object().put("type", "modal").put("callback_id", CALLBACK_ID);
        view.set("title", Blocks.plain("Resolve " + key));
        view.set("submit", Blocks.plain("Resolve"));
        view.set("close", Blocks.plain("Cancel"));
        view.put("private_metadata", String.valueOf(key.number()));
        ArrayNode blocks = view.putArray("blocks");
        ObjectNode note = Blocks.object().put("type", "input").put("block_id", "note").put("optional", false);
        note.set("label", Blocks.plain("Resolution note"));
        note.set("element", Blocks.object().put("type", "plain_text_input").put("action_id", EscalationModal.VALUE)
                .put("multiline", true).put("max_length", FieldLimit.NOTE.max()));
        note.set("hint", Blocks.plain("What was done, so the requester can tell the customer."));
        blocks.add(note);
        ArrayNode reasons = Blocks.array();
        for (ResolutionReason reason : ResolutionReason.values()) {
            reasons.add(Blocks.option(reason.label(), reason.name()));
        }
        ObjectNode reason = Blocks.object().put("type", "input").put("block_id", "reason").put("optional", false);
        reason.set("label", Blocks.plain("Reason"));
        reason.set("element", Blocks.staticSelect(EscalationModal.VALUE, "Choose", reasons));
        blocks.add(reason);
        return view;
    }
}
