package dev.deskhand.slack.escalation.form;

import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.slack.text.Texts;

/**
 * The escalation form for other surfaces (the App Home's "Escalate" button): the same modal {@code /escalate}
 * opens, so its submission is handled here as any other. Opened from no channel, it confirms by DM.
 */
public final class EscalateForm {

    private final EscalationModal modal;

    public EscalateForm(EscalationSettings settings) {
        this.modal = new EscalationModal(settings);
    }

    /** The empty form as {@code views.open} takes it. */
    public String emptyView(Texts texts) {
        return modal.view(Prefill.empty(null), texts).toString();
    }
}
