package dev.deskhand;

import dev.deskhand.config.DigestSettings;
import dev.deskhand.digest.DigestBuilder;
import dev.deskhand.digest.ScheduleBook;
import dev.deskhand.escalation.EscalationSettings;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.store.Database;
import dev.deskhand.store.JdbcDigestSource;
import dev.deskhand.store.JdbcDigestSubscriptions;
import java.time.Clock;
import java.util.List;

/** The digest's parts, built the same way for the server and for {@code deskhand digest --preview}. */
final class DigestAssembly {

    static final List<String> SEVERITY_ORDER = List.of("P1", "P2", "P3", "P4");

    final JdbcDigestSubscriptions subscriptions;
    final ScheduleBook schedules;
    final DigestBuilder builder;

    DigestAssembly(Database database, KnowledgeBase knowledgeBase, DigestSettings digests,
                   EscalationStore escalations, EscalationSettings escalationSettings, Clock clock) {
        this.subscriptions = new JdbcDigestSubscriptions(database.dataSource());
        this.schedules = new ScheduleBook(digests.schedules(), subscriptions);
        this.builder = new DigestBuilder(new JdbcDigestSource(database.dataSource(), escalations,
                escalationSettings.sla()), new KnowledgeReviews(knowledgeBase), clock, SEVERITY_ORDER);
    }
}
