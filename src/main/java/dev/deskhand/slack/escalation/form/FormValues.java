package dev.deskhand.slack.escalation.form;

import com.slack.api.model.view.ViewState;
import java.util.Map;

/**
 * Reads submitted modal values by field. Every input uses the action id {@code value} except a ticket field that looks
 * tickets up; a field a lookup filled has a block id of {@code field.<suffix>} (see {@code EscalationModal.Refill}).
 */
public final class FormValues {
    private final Map<String, Map<String, ViewState.Value>> values;

    public FormValues(ViewState state) {
        this.values = state == null || state.getValues() == null ? Map.of() : state.getValues();
    }

    /** The block id {@code field} has in this form (itself, unless a lookup filled it). */
    String blockId(String field) {
        if (values.containsKey(field)) {
            return field;
        }
        return values.keySet().stream().filter(id -> id.startsWith(field + ".")).findFirst().orElse(field);
    }

    /** Trimmed text or selected option value; {@code null} when empty. */
    public String get(String field) {
        Map<String, ViewState.Value> block = values.getOrDefault(blockId(field), Map.of());
        ViewState.Value value = block.containsKey(EscalationModal.VALUE) ? block.get(EscalationModal.VALUE)
                : block.get(EscalationModal.TICKET_LOOKUP);
        if (value == null) {
            return null;
        }
        String raw = value.getSelectedOption() != null ? value.getSelectedOption().getValue() : value.getValue();
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
