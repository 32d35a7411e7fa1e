package dev.deskhand;

import dev.deskhand.escalation.Backoff;
import dev.deskhand.escalation.EscalationService;
import dev.deskhand.escalation.EscalationSettings;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.SlaReminders;
import dev.deskhand.metrics.MeteredEscalationStore;
import dev.deskhand.slack.SlackPlatform;
import dev.deskhand.slack.text.Voice;
import dev.deskhand.slack.escalation.EscalationFeature;
import dev.deskhand.slack.escalation.OutboxSender;
import dev.deskhand.slack.escalation.RelatedArticles;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.store.Database;
import dev.deskhand.store.JdbcEscalationStore;
import dev.deskhand.store.JdbcOutbox;
import dev.deskhand.store.JdbcSearchLog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import dev.deskhand.slack.text.Voice;
import java.time.Clock;
import java.time.Duration;

/** The escalation feature's parts: the metered store, the outbox and its sender, SLA reminders, the Slack surface. */
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

    /** The escalation store, metered, as every reader uses it. */
    static EscalationStore store(Database database, MeterRegistry registry) {
        return new MeteredEscalationStore(new JdbcEscalationStore(database.dataSource()), registry);
    }

    /** @param store the store changes go through (one that tells the App Home, see {@code WatchedEscalationStore}) */
    EscalationAssembly(Database database, EscalationStore store, EscalationSettings settings, SlackPlatform slack,
                       MeterRegistry registry, Clock clock, Voice voice, KnowledgeBase knowledgeBase) {
        RelatedArticles related = RelatedArticles.of(knowledgeBase);
        this.store = store;
        JdbcOutbox outbox = new JdbcOutbox(database.dataSource());
        Gauge.builder("deskhand.outbox.depth", outbox, JdbcOutbox::pendingCount)
                .description("Slack posts owed and not yet delivered").register(registry);
        this.feature = new EscalationFeature(new EscalationService(store, settings, clock), store, settings, clock,
                outbox, voice, new JdbcSearchLog(database.dataSource()), related);
        this.outboxSender = new OutboxSender(outbox, store, settings, slack.methods(), clock,
                OUTBOX_BACKOFF, OUTBOX_INTERVAL, voice, registry, related);
        this.reminders = new SlaReminders(store, settings.sla(), clock, REMINDER_INTERVAL);
    }
}
