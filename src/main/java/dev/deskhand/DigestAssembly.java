package dev.deskhand;

import dev.deskhand.config.DigestSettings;
import dev.deskhand.digest.DigestBuilder;
import dev.deskhand.digest.posting.DigestPublisher;
import dev.deskhand.digest.schedule.DigestSchedule;
import dev.deskhand.digest.posting.DigestScheduler;
import dev.deskhand.digest.posting.DigestSlots;
import dev.deskhand.digest.schedule.DueSlot;
import dev.deskhand.digest.schedule.ScheduleBook;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.slack.digest.DigestFeature;
import dev.deskhand.slack.text.Voice;
import dev.deskhand.store.Database;
import dev.deskhand.store.JdbcDigestSource;
import dev.deskhand.store.JdbcDigestSubscriptions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The digest's parts, built the same way for the server and for {@code deskhand digest --preview}. */
final class DigestAssembly {

    static final List<String> SEVERITY_ORDER = List.of("P1", "P2", "P3", "P4");

    final JdbcDigestSubscriptions subscriptions;
    final ScheduleBook schedules;
    final DigestBuilder builder;
    private final DigestSettings settings;
    private final Clock clock;

    DigestAssembly(Database database, KnowledgeBase knowledgeBase, DigestSettings digests,
                   EscalationStore escalations, EscalationSettings escalationSettings, Clock clock) {
        this.settings = digests;
        this.clock = clock;
        this.subscriptions = new JdbcDigestSubscriptions(database.dataSource());
        this.schedules = new ScheduleBook(digests.schedules(), subscriptions);
        this.builder = new DigestBuilder(new JdbcDigestSource(database.dataSource(), escalations,
                escalationSettings.sla()), new KnowledgeReviews(knowledgeBase), clock, SEVERITY_ORDER,
                escalationSettings.tickets());
    }

    DigestScheduler scheduler(DigestSlots slots, DigestPublisher publisher, String instanceId) {
        return new DigestScheduler(schedules, slots, builder, publisher, settings.catchUp(), clock, instanceId,
                DigestScheduler.DEFAULT_CLAIM_LEASE);
    }

    DigestFeature feature(EscalationSettings escalationSettings, Voice voice) {
        return new DigestFeature(builder, schedules, subscriptions, settings.admins(), escalationSettings.teamIds(),
                clock, voice);
    }

    /** Names this replica in digest slot claims: the host plus a random part, unique even on one host. */
    static String replicaId() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** Posts a channel's digest now, as if its slot were due (or for every team when it has no schedule). */
    void postNow(DigestPublisher publisher, String channelId, java.time.ZoneId channelZone) {
        DigestSchedule schedule = schedules.forChannel(channelId)
                .orElse(DigestSchedule.everything(channelId, "0 9 * * *", channelZone.getId()));
        publisher.post(builder.build(schedule, Optional.of(new DueSlot(clock.instant(), false))));
    }
}
