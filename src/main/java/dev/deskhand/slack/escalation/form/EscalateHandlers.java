package dev.deskhand.slack.escalation.form;

import dev.deskhand.slack.escalation.card.DeliveryProblems;
import dev.deskhand.slack.escalation.card.PageListing;
import dev.deskhand.slack.escalation.card.RelatedArticles;
import com.slack.api.bolt.App;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.service.EscalationService;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.service.OneLineParser;
import dev.deskhand.kb.SearchLog;
import dev.deskhand.slack.AfterAck;
import dev.deskhand.slack.SlackFeature;
import dev.deskhand.slack.text.Voice;
import dev.deskhand.tickets.TicketLookup;
import dev.deskhand.tickets.TicketStatuses;
import java.time.Clock;

/**
 * Registers the ways into an escalation: {@code /escalate}, the escalation form and its submission, the message
 * shortcut, the knowledge base's "Escalate" button and the form's ticket lookup.
 */
public final class EscalateHandlers implements SlackFeature {
    private final EscalationService service;
    private final EscalationStore store;
    private final EscalationSettings settings;
    private final Clock clock;
    private final Voice voice;
    private final SearchLog searchLog;
    private final RelatedArticles related;
    private final DeliveryProblems problems;
    private final PageListing pages;
    private final TicketLookup lookup;
    private final TicketStatuses statuses;
    private final AfterAck afterAck;

    /**
     * @param problems what {@code /escalate show} says about posts Slack could never accept
     * @param pages    what {@code /escalate show} says about on-call pages
     * @param lookup   the helpdesk the form's ticket field asks ({@link TicketLookup#NONE}: none)
     * @param statuses where a looked-up ticket's status is kept for the card
     * @param afterAck runs the lookup after the ack (Slack allows 3 seconds, the lookup may take them all)
     */
    public EscalateHandlers(EscalationService service, EscalationStore store, EscalationSettings settings, Clock clock,
                            Voice voice, SearchLog searchLog, RelatedArticles related, DeliveryProblems problems,
                            PageListing pages, TicketLookup lookup, TicketStatuses statuses, AfterAck afterAck) {
        this.service = service;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.voice = voice;
        this.searchLog = searchLog;
        this.related = related;
        this.problems = problems;
        this.pages = pages;
        this.lookup = lookup;
        this.statuses = statuses;
        this.afterAck = afterAck;
    }

    @Override
    public void register(App app) {
        EscalationModal modal = new EscalationModal(settings);
        app.command("/escalate", new EscalateCommand(service, store, settings, clock, problems, pages, voice));
        app.viewSubmission(EscalationModal.CALLBACK_ID,
                new EscalationModalSubmission(new EscalationForm(settings, voice), service,
                        new Confirmation(settings, voice), searchLog, voice));
        app.messageShortcut(EscalateMessageShortcut.CALLBACK_ID,
                new EscalateMessageShortcut(modal, new OneLineParser(settings.teamIds()), voice));
        app.blockAction(EscalationModal.TICKET_LOOKUP,
                new TicketLookupAction(modal, lookup, statuses, afterAck, clock, voice));
        app.blockAction(KbEscalateAction.ACTION_ID, new KbEscalateAction(modal, settings, voice, related));
    }
}
