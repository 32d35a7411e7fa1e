package dev.deskhand;

import dev.deskhand.config.OwnerDigestSettingsReader;
import dev.deskhand.digest.schedule.CatchUpPolicy;
import dev.deskhand.digest.posting.DigestScheduler;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.owners.FileDrafts;
import dev.deskhand.owners.OwnerDigestBuilder;
import dev.deskhand.owners.OwnerDigestScheduler;
import dev.deskhand.owners.OwnerDigestSettings;
import dev.deskhand.slack.SlackPlatform;
import dev.deskhand.slack.owners.OwnersFeature;
import dev.deskhand.slack.owners.SlackOwnerDigestPublisher;
import dev.deskhand.slack.owners.SlackOwnerGroups;
import dev.deskhand.slack.text.Voice;
import dev.deskhand.store.Database;
import dev.deskhand.store.JdbcDigestSlots;
import dev.deskhand.store.JdbcKnowledgeGapLog;
import dev.deskhand.store.JdbcOwnerFeedback;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Feedback that reaches owners: the weekly owner DM's routine and the "Draft an update" surface. */
final class OwnerAssembly {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerAssembly.class);

    final OwnerDigestScheduler scheduler;
    final OwnersFeature feature;

    OwnerAssembly(Path settingsFile, Path knowledgeDir, Database database, KnowledgeBase knowledgeBase,
                  SlackPlatform slack, Voice voice, CatchUpPolicy catchUp, Clock clock, String replicaId) {
        OwnerDigestSettings settings = new OwnerDigestSettingsReader().read(settingsFile);
        JdbcOwnerFeedback feedback = new JdbcOwnerFeedback(database.dataSource());
        // The channel digests' slot ledger and lease, in its own namespace (V13), so each scheduler repairs only its own.
        this.scheduler = new OwnerDigestScheduler(settings,
                new SlackOwnerGroups(slack.methods(), slack.calls(), clock), knowledgeBase,
                new JdbcDigestSlots(database.dataSource(), JdbcDigestSlots.Kind.OWNER),
                new OwnerDigestBuilder(feedback, new JdbcKnowledgeGapLog(database.dataSource()), settings.zone()),
                new SlackOwnerDigestPublisher(slack.methods(), voice), catchUp, clock, replicaId,
                DigestScheduler.DEFAULT_CLAIM_LEASE);
        this.feature = new OwnersFeature(knowledgeBase, new FileDrafts(knowledgeDir, clock), slack.afterAck(),
                slack.calls(), voice);
        LOG.info("Owner digest {} ({} in {}), {} owner mapping(s)", settings.enabled() ? "on" : "off",
                settings.cron(), settings.zone(), settings.owners().size());
    }
}
