package dev.deskhand.slack.escalation.form;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.config.SettingsFile;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Messages;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The escalation form, compared with reviewed golden JSON (moved here from {@code EscalationCardTest}). */
class EscalationModalTest {
    private final EscalationSettings settings = new SettingsFile().load(Path.of("deskhand.example.yml")).escalations();
    static final Texts KO = new Messages().in(Language.KO);

    @Test
    void koreanModalMatchesGoldenAndDefinesTheSeverities() throws Exception {
        var modal = new EscalationModal(settings).view(Prefill.empty("C0SUPPORT"), KO);
        Golden.assertMatches("golden/escalation/modal-empty-ko.json", modal);
        assertTrue(modal.toString().contains("긴급: 서비스 중단"), modal.toString());
    }
}
