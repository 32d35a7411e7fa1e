package dev.deskhand;

import dev.deskhand.config.AppConfig;
import dev.deskhand.config.Environment;
import dev.deskhand.config.PagingKeys;
import dev.deskhand.config.TicketLookupKeys;
import dev.deskhand.tickets.LookupCredentials;
import dev.deskhand.tickets.TicketLookup;
import dev.deskhand.tickets.http.ZendeskTickets;
import dev.deskhand.paging.PagingSettings;
import dev.deskhand.paging.ServiceKeys;
import dev.deskhand.config.SyncJob;
import dev.deskhand.config.SyncSettingsReader;
import dev.deskhand.kb.importing.ImportCli;
import dev.deskhand.config.Settings;
import dev.deskhand.config.SettingsFile;
import dev.deskhand.digest.posting.DigestScheduler;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.home.HomeQueries;
import dev.deskhand.home.WatchedEscalationStore;
import dev.deskhand.slack.escalation.form.EscalateForm;
import dev.deskhand.slack.home.HomeFeature;
import dev.deskhand.store.JdbcHomeViewers;
import dev.deskhand.store.JdbcKnowledgeGapLog;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.kb.SearchGate;
import dev.deskhand.kb.engine.IndexHome;
import dev.deskhand.kb.engine.LuceneKnowledgeBase;
import dev.deskhand.kb.index.RankingParameters;
import dev.deskhand.kb.rank.ConfidenceModel;
import dev.deskhand.kb.SentenceEncoder;
import dev.deskhand.semantic.MiniLmEncoder;
import dev.deskhand.metrics.MeteredDigestSlots;
import dev.deskhand.metrics.MeteredKnowledgeBase;
import dev.deskhand.metrics.Metrics;
import dev.deskhand.metrics.SearchGateMetrics;
import dev.deskhand.server.HttpServer;
import dev.deskhand.slack.EventReceiptCleanup;
import dev.deskhand.slack.SlackFeature;
import dev.deskhand.slack.SlackConnection;
import dev.deskhand.slack.SlackPlatform;
import dev.deskhand.slack.StartingServlet;
import dev.deskhand.slack.digest.SlackDigestPublisher;
import dev.deskhand.slack.kb.KbFeature;
import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Voice;
import dev.deskhand.store.Database;
import dev.deskhand.store.JdbcDigestSlots;
import dev.deskhand.store.JdbcEventReceipts;
import dev.deskhand.store.JdbcFeedbackLog;
import dev.deskhand.store.BatchedSearchLog;
import dev.deskhand.store.JdbcSearchLog;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The composition root: builds every part from the configuration, by constructor, and owns their lifecycle.
 * Nothing else constructs long-lived objects, and there are no statics to reach around it.
 */
public final class Wiring implements AutoCloseable {

    /** How long the first search of a batch waits for others before the batch is written (see BatchedSearchLog). */
    static final long SEARCH_LOG_DELAY_MS = 250;

    private final Resources resources = new Resources();
    private final HttpServer server;
    private final List<Routine> routines;
    private final Consumer<String> digestNow;
    private final SearchGate searchGate;

    private Wiring(AppConfig config, Clock clock, boolean routinesInBackground, Map<String, HttpServlet> extraRoutes)
            throws Exception {
        // A part that fails to start must not leave the ones before it running (pool, threads, index).
        try {
            // The index builds in the background, while the database migrates, so /healthz answers at once and
            // /readyz turns ready after whichever of the two finishes last.
            ExecutorService kbThreads = resources.executor(2, "kb-index");
            // Owned before the index, so it is closed after it: no search can still be encoding.
            SentenceEncoder encoder = config.meaningSearch() && meaningRuns()
                    ? resources.own(new MiniLmEncoder(resources.executor(2, "kb-encode"),
                            config.dataDir().resolve("models"))) : SentenceEncoder.NONE;
            // The watcher and the edits it applies get a thread of their own: an edit is searchable while the
            // self-calibration of a cold build still occupies the kb-index threads. Owned before the index, so the
            // index (closing its watcher) stops first and the thread ends at once instead of after the pool's 10 s.
            ExecutorService kbWatch = resources.executor(1, "kb-watch");
            // Kept on disk under the data folder: a restart with unchanged knowledge opens it instead of building.
            LuceneKnowledgeBase index = resources.own(new LuceneKnowledgeBase(config.knowledgeDir(), clock, kbThreads,
                    RankingParameters.DEFAULT, ConfidenceModel.standard().withThreshold(config.answerBar()),
                    ConfidenceModel.SELF_CALIBRATION_DECLINES, encoder,
                    IndexHome.writable(IndexHome.under(config.dataDir()))));
            kbThreads.execute(() -> index.start(kbWatch));
            // After the index has started: opening it is the longest part of a restart, the registry is not needed
            // before the database.
            Metrics metrics = resources.own(new Metrics());
            Database database = resources.own(new Database(config.database(), null, metrics.registry()));
            database.migrate();
            ExecutorService work = resources.executor(8, "work");
            // Searches are logged in batches on a thread of their own; closed before the database, so what is
            // still queued at shutdown is written. A batch starts a quarter second after its first search, so that
            // at a few questions a second they share one insert and commit instead of one each (a connection, a
            // commit and the statement cost ≈ 0.35 ms of CPU, as much as Jetty's share of a request).
            ScheduledExecutorService searchLogThread = resources.scheduler("search-log");
            BatchedSearchLog searchLog = resources.own(new BatchedSearchLog(new JdbcSearchLog(database.dataSource()),
                    task -> searchLogThread.schedule(task, SEARCH_LOG_DELAY_MS, TimeUnit.MILLISECONDS),
                    BatchedSearchLog.CAPACITY, metrics.registry()));
            KnowledgeBase knowledgeBase = new MeteredKnowledgeBase(index, metrics.registry());
            // A search is CPU work: one running per core, a line admitted by its expected wait, "busy" at once beyond
            // that (see SearchGate).
            searchGate = SearchGate.perCore(Runtime.getRuntime().availableProcessors(), clock);
            new SearchGateMetrics(searchGate).bindTo(metrics.registry());

            Settings settings = new SettingsFile().loadOrExample(config.settingsFile());
            SlackPlatform slack = new SlackPlatform(config.slackApiUrl(), config.botToken(), metrics.registry(), work,
                    clock, Language.parse(config.language()).orElse(Language.EN), channelLanguages(settings),
                    config.timeZone(), channelZones(settings));
            Voice voice = slack.voice();
            EscalationStore escalationStore = EscalationAssembly.store(database, metrics.registry());
            HomeFeature home = new HomeFeature(new HomeQueries(escalationStore, settings.escalations(), knowledgeBase,
                    new JdbcKnowledgeGapLog(database.dataSource()), clock), new JdbcHomeViewers(database.dataSource()),
                    settings.escalations(), knowledgeBase, searchLog,
                    new EscalateForm(settings.escalations()), slack, resources.scheduler("home-refresh"), work, clock,
                    voice);
            // A paging key the settings name but the environment lacks stops the start here, not the first P1 at night.
            // The playground has no secrets and pages nobody.
            PagingSettings paging = config.secrets().isPresent() ? settings.paging() : PagingSettings.none();
            ServiceKeys pagingKeys = config.secrets().map(env -> PagingKeys.resolve(paging, env))
                    .orElse(ServiceKeys.none());
            // Likewise the helpdesk credentials tickets: … lookup: names; the playground looks nothing up.
            LookupCredentials lookupCredentials = config.secrets()
                    .map(env -> TicketLookupKeys.resolve(settings.escalations().tickets(), env))
                    .orElse(LookupCredentials.none());
            TicketLookup ticketLookup = settings.escalations().tickets().looksUp()
                    ? new ZendeskTickets(settings.escalations().tickets(), lookupCredentials) : TicketLookup.NONE;
            // Every committed change tells the App Home which homes it touched; they are republished off this path.
            EscalationAssembly escalations = new EscalationAssembly(database,
                    new WatchedEscalationStore(escalationStore, home.changes()), settings.escalations(), paging,
                    pagingKeys, slack, metrics.registry(), clock, voice, knowledgeBase, searchLog, ticketLookup);
            DigestAssembly digests = new DigestAssembly(database, knowledgeBase, settings.digests(), escalations.store,
                    settings.escalations(), clock);
            SlackDigestPublisher digestPublisher = slack.digestPublisher(voice);
            DigestScheduler digestScheduler = digests.scheduler(
                    new MeteredDigestSlots(new JdbcDigestSlots(database.dataSource()), metrics.registry()),
                    digestPublisher, DigestAssembly.replicaId());
            digestNow = channelId -> digests.postNow(digestPublisher, channelId,
                    voice.readers().channel(channelId).zone());
            OwnerAssembly owners = new OwnerAssembly(config.settingsFile(), config.knowledgeDir(), database,
                    knowledgeBase, slack, voice, settings.digests().catchUp(), clock, DigestAssembly.replicaId());

            List<SlackFeature> features = List.of(
                    new KbFeature(knowledgeBase, searchLog,
                            new JdbcFeedbackLog(database.dataSource()), slack.afterAck(), slack.calls(), clock, true,
                            config.logUsers(), voice, searchGate),
                    escalations.feature,
                    digests.feature(settings.escalations(), voice),
                    home,
                    owners.feature);
            JdbcEventReceipts receipts = new JdbcEventReceipts(database.dataSource());
            // Slack unreachable is not a bad token: stay up, say so on /readyz, and start taking requests once
            // auth.test answers. Only a token Slack rejects stops the start (SlackConnection.TokenRejected).
            SlackConnection connection = resources.own(new SlackConnection(slack.methods(), config.slackApiUrl()));
            StartingServlet events = new StartingServlet();
            connection.connect(() -> {
                SlackPlatform.Receiver receiver = slack.start(features, receipts, clock, metrics.registry());
                if (config.socketMode()) {
                    try {
                        resources.own(receiver.socketMode(config.appToken().orElseThrow()));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                events.started(receiver.servlet());
            });

            List<Routine> scheduled = new ArrayList<>(List.of(escalations.outboxSender, escalations.pageSender,
                    escalations.reminders, digestScheduler, owners.scheduler, new EventReceiptCleanup(receipts, clock)));
            // Imports on a schedule (sync: in deskhand.yml); their credentials come from the environment by name.
            ImportCli imports = ImportCli.standard(Environment.fromProcess()::value, clock, config.knowledgeDir());
            List<SyncJob> syncs = new SyncSettingsReader().read(config.settingsFile());
            for (int i = 0; i < syncs.size(); i++) {
                scheduled.add(new ImportSync(syncs.get(i), i, imports));
            }
            routines = List.copyOf(scheduled);
            if (routinesInBackground) {
                resources.own(new RoutineScheduler(routines));
            }

            Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
            checks.put("database", database::isReady);
            checks.put("knowledge", knowledgeBase::isReady);
            checks.put("slack", connection::isReady);
            var routes = HttpRoutes.operational(checks, Map.of("slack", connection::problem), metrics);
            if (!config.socketMode()) {
                routes.put("/slack/events", events);
            }
            routes.putAll(extraRoutes);
            server = HttpServer.start(config.bindAddress(), config.port(), routes, HttpRoutes.filters(config, clock));
            resources.own(server);
        } catch (Exception | Error e) {
            resources.close();
            throw e;
        }
    }

    /** False, with a warning, on a platform the jar carries no ONNX Runtime library for: words alone then rank. */
    static boolean meaningRuns() {
        return MiniLmEncoder.unsupportedPlatform().map(why -> {
            org.slf4j.LoggerFactory.getLogger(Wiring.class).warn("Meaning search is off: {}; ranking by words only", why);
            return false;
        }).orElse(true);
    }

    /** Each team channel's language, from the team's {@code language:} in deskhand.yml. */
    private static Map<String, Language> channelLanguages(Settings settings) {
        Map<String, Language> languages = new LinkedHashMap<>();
        settings.escalations().teams().forEach(team -> team.language().flatMap(Language::parse)
                .ifPresent(language -> languages.put(team.channelId(), language)));
        return languages;
    }

    /** Each team channel's time zone, from the team's {@code zone:} in deskhand.yml. */
    private static Map<String, java.time.ZoneId> channelZones(Settings settings) {
        Map<String, java.time.ZoneId> zones = new LinkedHashMap<>();
        settings.escalations().teams().forEach(team -> team.zone().ifPresent(zone -> zones.put(team.channelId(), zone)));
        return zones;
    }

    /** Builds and starts everything; the caller closes it to shut down gracefully. */
    public static Wiring start(AppConfig config, Clock clock) throws Exception {
        return new Wiring(config, clock, true, Map.of());
    }

    /** Like {@link #start(AppConfig, Clock)}, also serving {@code extraRoutes} (path → servlet): the playground. */
    public static Wiring start(AppConfig config, Clock clock, Map<String, HttpServlet> extraRoutes) throws Exception {
        return new Wiring(config, clock, true, extraRoutes);
    }

    /**
     * Like {@link #start}, but the background routines (outbox, SLA reminders, digests) only run when the caller
     * runs them through {@link #routines()}: tests move a clock and run one round, instead of waiting.
     */
    public static Wiring startWithoutBackgroundRoutines(AppConfig config, Clock clock) throws Exception {
        return new Wiring(config, clock, false, Map.of());
    }

    public int port() {
        return server.port();
    }

    /** The gate {@code /kb} searches pass, so a test can fill it as a burst would. */
    public SearchGate searchGate() {
        return searchGate;
    }

    /** Posts one channel's digest at once, outside its schedule and the slot ledger (the playground's button). */
    public void postDigestNow(String channelId) {
        digestNow.accept(channelId);
    }

    /** The background routines, so a test can run one round now instead of waiting for its interval. */
    public List<Routine> routines() {
        return routines;
    }

    @Override
    public void close() {
        resources.close();
    }
}
