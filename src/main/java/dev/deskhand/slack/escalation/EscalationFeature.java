package dev.deskhand.slack.escalation;

import dev.deskhand.slack.text.Voice;
import com.slack.api.bolt.App;
import dev.deskhand.escalation.service.EscalationService;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.service.OneLineParser;
import dev.deskhand.escalation.outbox.Outbox;
import dev.deskhand.kb.SearchLog;
import dev.deskhand.paging.PageLedger;
import dev.deskhand.slack.AfterAck;
import dev.deskhand.tickets.TicketLookup;
import dev.deskhand.tickets.TicketStatuses;
import dev.deskhand.slack.SlackFeature;
import dev.deskhand.slack.text.Voice;
import java.time.Clock;
import java.util.regex.Pattern;

/** Registers every escalation handler on the Bolt app: the command, the modals, the card buttons, the shortcuts. */
public final class EscalationFeature implements SlackFeature {
    private final EscalationService service;
    private final EscalationStore store;
    private final EscalationSettings settings;
    private final Clock clock;
    private final Voice voice;

    private final Outbox outbox;
    private final SearchLog searchLog;
    private final RelatedArticles related;
    private final PageLedger pages;
    private final TicketLookup lookup;
    private final TicketStatuses statuses;
    private final AfterAck afterAck;

    /**
     * @param pages    the on-call pages {@code /escalate show} lists
     * @param lookup   the helpdesk the form's ticket field asks ({@link TicketLookup#NONE}: none)
     * @param statuses where a looked-up ticket's status is kept for the card
     * @param afterAck runs the lookup after the ack (Slack allows 3 seconds, the lookup may take them all)
     */
    public EscalationFeature(EscalationService service, EscalationStore store, EscalationSettings settings,
                             Clock clock, Outbox outbox, Voice voice, SearchLog searchLog, RelatedArticles related,
                             PageLedger pages, TicketLookup lookup, TicketStatuses statuses, AfterAck afterAck) {
        this.pages = pages;
        this.lookup = lookup;
        this.statuses = statuses;
        this.afterAck = afterAck;
        this.related = related;
        this.outbox = outbox;
        this.searchLog = searchLog;
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
        EscalationModal modal = new EscalationModal(settings);
        app.command("/escalate", new EscalateCommand(service, store, settings, clock,
                new DeliveryProblems(outbox), new PageListing(pages), voice));
        app.viewSubmission(EscalationModal.CALLBACK_ID,
                new EscalationModalSubmission(new EscalationForm(settings, voice), service,
                        new Confirmation(settings, voice), searchLog, voice));
        app.viewSubmission(ResolveModal.CALLBACK_ID, new ResolveModalSubmission(service, actors, voice));
        app.blockAction(CardActionIds.CLAIM, new ClaimAction(cardActions));
        app.blockAction(CardActionIds.RESOLVE, new ResolveAction(cardActions, store, voice));
        app.blockAction(Pattern.compile("^esc_reassign_(user|team)$"), new ReassignAction(cardActions));
        app.blockAction(CardActionIds.SEVERITY, new SeverityAction(cardActions));
        app.blockAction(CardActionIds.SNOOZE, new SnoozeAction(cardActions, clock));
        app.blockAction(CardActionIds.REOPEN, new ReopenAction(cardActions, store, clock));
        app.viewSubmission(ReopenModal.CALLBACK_ID, new ReopenModalSubmission(service, voice));
        app.messageShortcut(EscalateMessageShortcut.CALLBACK_ID,
                new EscalateMessageShortcut(modal, new OneLineParser(settings.teamIds()), voice));
        app.blockAction(EscalationModal.TICKET_LOOKUP,
                new TicketLookupAction(modal, lookup, statuses, afterAck, clock, voice));
        app.blockAction(KbEscalateAction.ACTION_ID, new KbEscalateAction(modal, settings, voice, related));
    }
}
