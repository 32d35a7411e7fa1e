package dev.deskhand.slack.escalation.actions;

import dev.deskhand.slack.escalation.card.CardActionIds;
import com.slack.api.bolt.App;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.service.EscalationService;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.slack.SlackFeature;
import dev.deskhand.slack.text.Voice;
import java.time.Clock;
import java.util.regex.Pattern;

/** Registers the card's buttons and pickers, and the resolve and reopen forms they open. */
public final class CardButtonHandlers implements SlackFeature {
    private final EscalationService service;
    private final EscalationStore store;
    private final EscalationSettings settings;
    private final Clock clock;
    private final Voice voice;

    public CardButtonHandlers(EscalationService service, EscalationStore store, EscalationSettings settings,
                              Clock clock, Voice voice) {
        this.service = service;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.voice = voice;
    }

    @Override
    public void register(App app) {
        SlackActors actors = new SlackActors(settings.permissions(), settings.teams());
        CardActions cardActions = new CardActions(service, actors, voice);
        app.viewSubmission(ResolveModal.CALLBACK_ID, new ResolveModalSubmission(service, actors, voice));
        app.blockAction(CardActionIds.CLAIM, new ClaimAction(cardActions));
        app.blockAction(CardActionIds.RESOLVE, new ResolveAction(cardActions, store, voice));
        app.blockAction(Pattern.compile("^esc_reassign_(user|team)$"), new ReassignAction(cardActions));
        app.blockAction(CardActionIds.SEVERITY, new SeverityAction(cardActions));
        app.blockAction(CardActionIds.SNOOZE, new SnoozeAction(cardActions, clock));
        app.blockAction(CardActionIds.REOPEN, new ReopenAction(cardActions, store, clock));
        app.viewSubmission(ReopenModal.CALLBACK_ID, new ReopenModalSubmission(service, voice));
    }
}
