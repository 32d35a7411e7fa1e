package dev.deskhand;

import dev.deskhand.config.AppConfig;
import dev.deskhand.config.Settings;
import dev.deskhand.config.SettingsFile;
import dev.deskhand.kb.engine.LuceneKnowledgeBase;
import dev.deskhand.slack.digest.DigestCli;
import dev.deskhand.store.Database;
import dev.deskhand.store.JdbcEscalationStore;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

/**
 * {@code deskhand digest --channel C… --preview}: builds a channel's digest from the configured database and the
 * knowledge folder and prints it, without Slack and without recording a slot.
 */
final class DigestTool {

    private final AppConfig config;
    private final Clock clock;

    DigestTool(AppConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        Settings settings = new SettingsFile().loadOrExample(config.settingsFile());
        try (Database database = new Database(config.database());
             LuceneKnowledgeBase knowledgeBase = new LuceneKnowledgeBase(config.knowledgeDir(), clock, Runnable::run)) {
            database.migrate();
            knowledgeBase.reload();
            DigestAssembly digests = new DigestAssembly(database, knowledgeBase, settings.digests(),
                    new JdbcEscalationStore(database.dataSource()), settings.escalations(), clock);
            return new DigestCli(digests.builder, digests.schedules).run(args, out, err);
        }
    }
}
