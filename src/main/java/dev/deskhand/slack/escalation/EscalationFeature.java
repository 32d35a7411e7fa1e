package dev.deskhand.slack.escalation;

import dev.deskhand.slack.escalation.actions.CardButtonHandlers;
import dev.deskhand.slack.escalation.card.DeliveryProblems;
import dev.deskhand.slack.escalation.card.PageListing;
import dev.deskhand.slack.escalation.card.RelatedArticles;
import dev.deskhand.slack.escalation.form.EscalateHandlers;
import com.slack.api.bolt.App;
import dev.deskhand.escalation.service.EscalationService;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.outbox.Outbox;
import dev.deskhand.kb.SearchLog;
import dev.deskhand.paging.PageLedger;
import dev.deskhand.slack.AfterAck;
import dev.deskhand.tickets.TicketLookup;
import dev.deskhand.tickets.TicketStatuses;
import dev.deskhand.slack.SlackFeature;
import dev.deskhand.slack.text.Voice;
import java.time.Clock;

/**
 * Registers every escalation handler on the Bolt app: the ways in ({@code /escalate}, the form, the shortcuts; see
 * {@link dev.deskhand.slack.escalation.form.EscalateHandlers}) and the card's buttons with their forms
 * ({@link dev.deskhand.slack.escalation.actions.CardButtonHandlers}).
 */
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
        new EscalateHandlers(service, store, settings, clock, voice, searchLog, related, new DeliveryProblems(outbox),
                new PageListing(pages), lookup, statuses, afterAck).register(app);
        new CardButtonHandlers(service, store, settings, clock, voice).register(app);
    }
}
