package dev.deskhand.slack.escalation;

import com.slack.api.model.view.ViewState;
import java.util.Map;

/** Reads submitted modal values by block id (every input uses the action id {@code value}). */
final class FormValues {
    private final Map<String, Map<String, ViewState.Value>> values;

    FormValues(ViewState state) {
        this.values = state == null || state.getValues() == null ? Map.of() : state.getValues();
    }

    /** Trimmed text or selected option value; {@code null} when empty. */
    String get(String blockId) {
        ViewState.Value value = values.getOrDefault(blockId, Map.of()).get(EscalationModal.VALUE);
        if (value == null) {
            return null;
        }
        String raw = value.getSelectedOption() != null ? value.getSelectedOption().getValue() : value.getValue();
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
