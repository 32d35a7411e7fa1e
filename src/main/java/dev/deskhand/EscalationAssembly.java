package dev.deskhand;

import dev.deskhand.escalation.outbox.Backoff;
import dev.deskhand.escalation.service.EscalationService;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.sla.SlaReminders;
import dev.deskhand.metrics.MeteredEscalationStore;
import dev.deskhand.paging.PageSender;
import dev.deskhand.paging.PagingPolicy;
import dev.deskhand.paging.PagingSettings;
import dev.deskhand.paging.ServiceKeys;
import dev.deskhand.paging.http.HttpPager;
import dev.deskhand.slack.escalation.outbox.SlackCardLinks;
import dev.deskhand.store.JdbcPageLedger;
import dev.deskhand.store.JdbcTicketStatuses;
import dev.deskhand.tickets.TicketLookup;
import dev.deskhand.tickets.TicketStatuses;
import dev.deskhand.slack.SlackPlatform;
import dev.deskhand.slack.text.Voice;
import dev.deskhand.slack.escalation.EscalationFeature;
import dev.deskhand.slack.escalation.outbox.OutboxSender;
import dev.deskhand.slack.escalation.card.RelatedArticles;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.store.Database;
import dev.deskhand.store.JdbcEscalationStore;
import dev.deskhand.store.JdbcOutbox;
import dev.deskhand.kb.SearchLog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import dev.deskhand.slack.text.Voice;
import java.time.Clock;
import java.time.Duration;

/**
 * The escalation feature's parts: the metered store, the outbox and its two senders (Slack posts, on-call pages), SLA
 * reminders, the Slack surface.
 */
final class EscalationAssembly {

    static final Duration OUTBOX_INTERVAL = Duration.ofSeconds(1);
    /**
     * Short on purpose: a failure counts only when Slack failed (waits it asked for do not), and once it answers
     * again every pending card should be out within seconds, not minutes.
     */
    static final Backoff OUTBOX_BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8));
    static final Duration REMINDER_INTERVAL = Duration.ofSeconds(30);

    final EscalationStore store;
    final EscalationFeature feature;
    final OutboxSender outboxSender;
    final SlaReminders reminders;
    final PageSender pageSender;

    /**
     * Pages retry a little longer than Slack posts: a paging service that is down is usually down for longer, and the
     * dedup key makes a late repeat harmless.
     */
    static final Backoff PAGE_BACKOFF = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(60));

    /** The escalation store, metered, as every reader uses it. */
    static EscalationStore store(Database database, MeterRegistry registry) {
        return new MeteredEscalationStore(new JdbcEscalationStore(database.dataSource()), registry);
    }

    /**
     * @param store  the store changes go through (one that tells the App Home, see {@code WatchedEscalationStore})
     * @param paging who is paged when ({@code paging:}); {@link PagingSettings#none()} pages nobody
     * @param keys   the paging keys {@code paging} names, read from the environment at start
     * @param ticketLookup the helpdesk the form's ticket field asks ({@link TicketLookup#NONE} when none)
     */
    EscalationAssembly(Database database, EscalationStore store, EscalationSettings settings, PagingSettings paging,
                       ServiceKeys keys, SlackPlatform slack, MeterRegistry registry, Clock clock, Voice voice,
                       KnowledgeBase knowledgeBase, SearchLog searchLog, TicketLookup ticketLookup) {
        RelatedArticles related = RelatedArticles.of(knowledgeBase);
        this.store = store;
        JdbcOutbox outbox = new JdbcOutbox(database.dataSource());
        Gauge.builder("deskhand.outbox.depth", outbox, JdbcOutbox::pendingCount)
                .description("Slack posts owed and not yet delivered").register(registry);
        PagingPolicy onCall = new PagingPolicy(paging);
        JdbcPageLedger pages = new JdbcPageLedger(database.dataSource());
        TicketStatuses ticketStatuses = new JdbcTicketStatuses(database.dataSource());
        this.feature = new EscalationFeature(new EscalationService(store, settings, clock, onCall), store, settings,
                clock, outbox, voice, searchLog, related, pages, ticketLookup, ticketStatuses, slack.afterAck());
        this.outboxSender = new OutboxSender(outbox, store, settings, slack.methods(), clock,
                OUTBOX_BACKOFF, OUTBOX_INTERVAL, voice, registry, related, ticketStatuses);
        this.reminders = new SlaReminders(store, settings.sla(), clock, REMINDER_INTERVAL, onCall);
        this.pageSender = new PageSender(outbox, pages, store, settings,
                new HttpPager(paging, keys), new SlackCardLinks(slack.methods()), clock, PAGE_BACKOFF,
                OUTBOX_INTERVAL);
    }
}
