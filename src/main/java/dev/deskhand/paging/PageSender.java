package dev.deskhand.paging;

import dev.deskhand.Routine;
import dev.deskhand.escalation.outbox.Backoff;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.outbox.Outbox;
import dev.deskhand.escalation.outbox.OutboxEntry;
import dev.deskhand.escalation.OutboxMessage;
import dev.deskhand.escalation.Team;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the page messages the outbox holds, in their own lane. Waiting as the service asks (429 {@code Retry-After})
 * is not a failure; 5xx, timeouts and network errors are, and back off; a rejection waiting cannot fix (400 invalid
 * routing key, 401) stops that page and says so in the card's thread. The escalation key is the dedup key, so a call
 * repeated after a crash between the service's answer and our bookkeeping opens nothing twice.
 */
public final class PageSender implements Routine {
    private static final Logger LOG = LoggerFactory.getLogger(PageSender.class);
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final int BATCH = 20;
    /**
     * A trigger waits this long for its card to be posted, so the page links to it; a Slack outage must not hold the
     * page back longer.
     */
    static final Duration CARD_GRACE = Duration.ofSeconds(15);
    private static final Duration CARD_POLL = Duration.ofSeconds(1);

    private final Outbox outbox;
    private final PageLedger ledger;
    private final EscalationStore store;
    private final EscalationSettings settings;
    private final Pager pager;
    private final CardLinks links;
    private final Clock clock;
    private final Backoff backoff;
    private final Duration interval;

    public PageSender(Outbox outbox, PageLedger ledger, EscalationStore store, EscalationSettings settings,
                      Pager pager, CardLinks links, Clock clock, Backoff backoff, Duration interval) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pager = Objects.requireNonNull(pager, "pager");
        this.links = Objects.requireNonNull(links, "links");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    @Override
    public String name() {
        return "paging-outbox";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void runOnce() {
        outbox.claimDuePages(clock.instant(), LEASE, BATCH).forEach(this::send);
    }

    private void send(OutboxEntry entry) {
        Instant now = clock.instant();
        Optional<PageRecord> page = ledger.forMessage(entry.id());
        Optional<Escalation> escalation = store.find(entry.message().key());
        if (page.isEmpty() || escalation.isEmpty()) {
            LOG.warn("Outbox message {} ({} for {}) has no page on record; dropping it", entry.id(),
                    entry.message().kind(), entry.message().key());
            ledger.skipped(entry.id(), now);
            return;
        }
        PageAction action = entry.message().kind() == OutboxMessage.Kind.PAGE_TRIGGER ? PageAction.TRIGGER
                : PageAction.RESOLVE;
        if (action == PageAction.TRIGGER && !escalation.get().isUnresolved()) {
            LOG.info("Not paging for {}: it was resolved before the page went out", entry.message().key());
            ledger.skipped(entry.id(), now);
            return;
        }
        if (action == PageAction.RESOLVE && page.get().triggeredAt() == null) {
            LOG.info("Nothing to resolve with {} for {}: it was never paged", page.get().service().label(),
                    entry.message().key());
            ledger.skipped(entry.id(), now);
            return;
        }
        if (action == PageAction.TRIGGER && escalation.get().card() == null
                && now.isBefore(entry.createdAt().plus(CARD_GRACE))) {
            // The card usually follows within a second; the page is more useful with its link.
            outbox.postpone(entry.id(), now.plus(CARD_POLL), "waiting for the card to link to");
            return;
        }
        deliver(entry, page.get(), escalation.get(), action, now);
    }

    private void deliver(OutboxEntry entry, PageRecord record, Escalation escalation, PageAction action,
                         Instant now) {
        Page page = new Page(action, record.service(), escalation.key().toString(), record.team(),
                settings.team(record.team()).map(Team::name).orElse(record.team()), escalation.severity(),
                escalation.summary(), escalation.customer(), escalation.tier(), escalation.ticket(),
                escalation.card() == null ? Optional.empty() : links.link(escalation.card()));
        PageResult result = pager.send(page);
        if (result instanceof PageResult.Accepted) {
            ledger.accepted(entry.id(), record, action, clock.instant());
            LOG.info("{} accepted the {} of {}", record.service().label(), action, escalation.key());
        } else if (result instanceof PageResult.RateLimited limited) {
            LOG.info("{} rate-limited the {} of {}; waiting {}s as asked", record.service().label(), action,
                    escalation.key(), limited.retryAfter().toSeconds());
            outbox.postpone(entry.id(), now.plus(limited.retryAfter()),
                    "HTTP 429, Retry-After " + limited.retryAfter().toSeconds() + "s");
        } else if (result instanceof PageResult.Failed failed) {
            Instant next = backoff.nextAttempt(now, entry.attempts() + 1, null);
            LOG.warn("Could not {} {} for {} (attempt {}), retrying at {}: {}", action, record.service().label(),
                    escalation.key(), entry.attempts() + 1, next, failed.error());
            outbox.retryAfterFailure(entry.id(), next, failed.error());
        } else if (result instanceof PageResult.Rejected rejected) {
            LOG.error("{} rejected the {} of {}: {}; it will not be retried. Check the team's key in deskhand.yml "
                    + "and the environment.", record.service().label(), action, escalation.key(), rejected.error());
            ledger.rejected(entry.id(), record, action, rejected.error(), clock.instant());
        }
    }
}
