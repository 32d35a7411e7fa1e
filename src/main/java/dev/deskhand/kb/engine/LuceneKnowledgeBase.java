package dev.deskhand.kb.engine;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.IndexReport;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.kb.SentenceEncoder;
import dev.deskhand.kb.SkippedFile;
import dev.deskhand.kb.index.CachedEncoder;
import dev.deskhand.kb.index.FolderWatcher;
import dev.deskhand.kb.index.IndexBuilder;
import dev.deskhand.kb.index.IndexSnapshot;
import dev.deskhand.kb.index.KbAnalyzers;
import dev.deskhand.kb.index.KnowledgeFolder;
import dev.deskhand.kb.index.PersistedIndex;
import dev.deskhand.kb.index.RankingParameters;
import dev.deskhand.kb.rank.ConfidenceModel;
import dev.deskhand.kb.rank.KbSearcher;
import dev.deskhand.kb.rank.SelfCalibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene adapter of {@link KnowledgeBase}: loads the Markdown articles of a folder into an in-memory index,
 * rebuilds it in the background when a file changes and swaps the new index in atomically — a search always sees
 * either the old or the new index, never a half-built one.
 *
 * <p>Lifecycle: construct, {@link #start(Executor)} (builds synchronously, then watches), {@link #close()}.
 * {@link #reload()} rebuilds on demand.
 */
public final class LuceneKnowledgeBase implements KnowledgeBase, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneKnowledgeBase.class);
    private static final Duration DEBOUNCE = Duration.ofMillis(250);

    /** The answer bar chosen on StackFAQ set A (see docs/relevance.md); a team may set its own. */
    public static final double DEFAULT_ANSWER_BAR = ConfidenceModel.ANSWER_THRESHOLD;

    private final KnowledgeFolder folder;
    private final Clock clock;
    private final Executor reloadExecutor;
    private final RankingParameters parameters;
    private final ConfidenceModel confidence;
    private final CachedEncoder encoder;
    private final Object buildLock = new Object();
    private final IndexHome home;
    /** The index on disk, or null when it lives in memory only. */
    private final PersistedIndex persisted;
    /** The last self-calibration beside the index on disk, or null for an index in memory. */
    private final CalibrationFile calibrationFile;
    private final EngineSlot slot = new EngineSlot();
    private volatile Instant builtAt;
    private volatile PersistedIndex.Outcome lastOutcome;
    private FolderWatcher watcher;
    private final double selfCalibrationDeclines;
    private volatile SelfCalibration.Result calibration;
    /** Set by {@link #close()}: a self-calibration still running stops at its next question instead of finishing. */
    private volatile boolean closing;
    /** Whether a self-calibration gave up because of {@link #close()} (for tests: it did not run to its end). */
    private volatile boolean calibrationStopped;
    /** Whether the sentence model was loaded ahead of the first question (the command line and in-memory indexes). */
    private boolean modelWarm;
    private volatile CompletableFuture<Void> calibrated = CompletableFuture.completedFuture(null);
    /** The analyzers of the last build and the synonyms they were made from (guarded by buildLock). */
    private KbAnalyzers lastAnalyzers;
    private Optional<String> lastSynonyms;
    /**
     * Articles changed or removed by edits since the index the calibration in use (or running) was fitted on
     * (guarded by buildLock).
     */
    private int changedSinceCalibration;
    /**
     * Counts the indexes put in use other than by a minor edit (guarded by buildLock): a calibration fitted on an
     * index of the same count still fits the one in use, whatever minor edits came since it started.
     */
    private long lineage;
    /** The confidence model and analyzers of the engine in use (guarded by buildLock). */
    private ConfidenceModel modelInUse;
    private KbAnalyzers analyzersInUse;

    /**
     * @param knowledgeDir   the folder of articles (and optional {@code synonyms.txt})
     * @param clock          source of time for build timestamps
     * @param reloadExecutor runs the background work of a build — the self-calibration, the Korean synonym rules —
     *                       and, when a thread is free, prepares the analyzers while a build reads the files
     */
    public LuceneKnowledgeBase(Path knowledgeDir, Clock clock, Executor reloadExecutor) {
        this(knowledgeDir, clock, reloadExecutor, SentenceEncoder.NONE);
    }

    /** @param encoder ranks by meaning as well as words for the languages it understands */
    public LuceneKnowledgeBase(Path knowledgeDir, Clock clock, Executor reloadExecutor, SentenceEncoder encoder) {
        this(knowledgeDir, clock, reloadExecutor, encoder, ConfidenceModel.ANSWER_THRESHOLD);
    }

    /** @param answerBar the confidence at or above which the top hit is shown as the answer */
    public LuceneKnowledgeBase(Path knowledgeDir, Clock clock, Executor reloadExecutor, SentenceEncoder encoder,
                               double answerBar) {
        this(knowledgeDir, clock, reloadExecutor, RankingParameters.DEFAULT,
                ConfidenceModel.standard().withThreshold(answerBar), ConfidenceModel.SELF_CALIBRATION_DECLINES,
                encoder);
    }

    LuceneKnowledgeBase(Path knowledgeDir, Clock clock, Executor reloadExecutor, RankingParameters parameters,
                        ConfidenceModel confidence, double selfCalibrationDeclines) {
        this(knowledgeDir, clock, reloadExecutor, parameters, confidence, selfCalibrationDeclines,
                SentenceEncoder.NONE);
    }

    /**
     * @param selfCalibrationDeclines share of held-out answerable questions the per-index calibration declines
     *                                ({@link SelfCalibration}); 0 or less keeps the shared model as it is
     */
    public LuceneKnowledgeBase(Path knowledgeDir, Clock clock, Executor reloadExecutor, RankingParameters parameters,
                        ConfidenceModel confidence, double selfCalibrationDeclines, SentenceEncoder encoder) {
        this(knowledgeDir, clock, reloadExecutor, parameters, confidence, selfCalibrationDeclines, encoder,
                IndexHome.NONE);
    }

    /**
     * @param home where the index lives on disk and whether it may be written there ({@link IndexHome#NONE}: in
     *             memory, rebuilt on every start)
     */
    public LuceneKnowledgeBase(Path knowledgeDir, Clock clock, Executor reloadExecutor, RankingParameters parameters,
                               ConfidenceModel confidence, double selfCalibrationDeclines, SentenceEncoder encoder,
                               IndexHome home) {
        this.home = home;
        this.persisted = home.dir().map(PersistedIndex::new).orElse(null);
        this.calibrationFile = home.dir().map(d -> new CalibrationFile(d.resolveSibling("calibration.json")))
                .orElse(null);
        this.selfCalibrationDeclines = selfCalibrationDeclines;
        this.folder = new KnowledgeFolder(knowledgeDir);
        this.clock = clock;
        this.reloadExecutor = reloadExecutor;
        this.parameters = parameters;
        this.confidence = confidence;
        this.encoder = new CachedEncoder(encoder);
    }

    /**
     * Builds the index now, then applies every change to a file under the folder.
     *
     * @param watchThread runs the folder watcher and the edits it applies, and is held until {@link #close()}: not a
     *                    thread of the reload executor, so an edit never waits behind a self-calibration
     */
    public void start(Executor watchThread) {
        reload();
        if (!Files.isDirectory(folder.dir())) {
            LOG.warn("Knowledge folder {} does not exist; not watching it", folder.dir());
            return;
        }
        try {
            watcher = new FolderWatcher(folder.dir(), DEBOUNCE, this::reload);
            watcher.start(watchThread);
        } catch (IOException e) {
            LOG.warn("Cannot watch {} for changes; use reload() instead: {}", folder.dir(), e.getMessage());
        }
    }

    /**
     * Re-reads the folder and swaps in a fresh index. Broken files are skipped and listed in the report; if the
     * folder itself cannot be read the previous index stays in place and the error is thrown.
     */
    public IndexReport reload() {
        synchronized (buildLock) {
            long started = System.nanoTime();
            // Loading the Korean dictionaries and reading the synonyms take as long as parsing the articles:
            // do both at once when the executor has a free thread.
            // The same synonyms give the same analyzers: an edit reuses the ones in use.
            Optional<String> synonyms = folder.synonyms();
            KbAnalyzers same = synonyms.equals(lastSynonyms) ? lastAnalyzers : null;
            HeadStart<KbAnalyzers> analyzers = same != null ? HeadStart.done(same) : HeadStart.on(reloadExecutor,
                    () -> new KbAnalyzers(synonyms, parameters.stemmer(), parameters.stopWords()));
            // The command line (a read-only index) asks its question right after opening: the model is read
            // meanwhile (after the analyzers, on the next free thread), not in that search. The server does not:
            // a restart onto an unchanged index encodes nothing, and reading the model beside the opening only
            // delays readiness on a small machine; a build or the first question reads it when needed.
            boolean warm = home.readOnly() || persisted == null;
            if (warm && !modelWarm && encoder.understands("en")) {
                modelWarm = true;
                reloadExecutor.execute(encoder::warmUp);
            }
            KnowledgeFolder.Contents contents = folder.read();
            lastAnalyzers = analyzers.get();
            lastSynonyms = synonyms;
            if (persisted == null) {
                return load(contents.articles(), contents.skipped(), analyzers.get(), started);
            }
            String version = PersistedIndex.version(parameters, synonyms, encoder.id());
            return loadPersisted(contents, analyzers.get(), version, started);
        }
    }

    private IndexReport loadPersisted(KnowledgeFolder.Contents contents, KbAnalyzers analyzers, String version,
                                      long started) {
        IndexBuilder builder = new IndexBuilder(analyzers, parameters, encoder);
        if (home.readOnly()) {
            Optional<IndexSnapshot> opened = persisted.openIfCurrent(builder, version, contents.articles(),
                    contents.skipped(), started);
            if (opened.isEmpty()) {
                return load(contents.articles(), contents.skipped(), analyzers, started);
            }
            LOG.info("Knowledge index opened read-only from {} in {} ms", home.dir().orElseThrow(),
                    (System.nanoTime() - started) / 1_000_000);
            return use(opened.get(), analyzers, started, Optional.of(version), 0);
        }
        PersistedIndex.Outcome outcome;
        try {
            outcome = persisted.sync(builder, version, contents.articles(), contents.skipped(), started);
        } catch (RuntimeException e) {
            LOG.warn("Cannot keep the knowledge index on disk; building it in memory", e);
            return load(contents.articles(), contents.skipped(), analyzers, started);
        }
        lastOutcome = outcome;
        LOG.info("Knowledge index {} in {}: {} articles changed, {} removed", outcome.kind().name().toLowerCase(
                java.util.Locale.ROOT), home.dir().orElseThrow(), outcome.changed(), outcome.removed());
        return use(outcome.snapshot(), analyzers, started, Optional.of(version),
                outcome.kind() == PersistedIndex.Kind.UPDATED ? outcome.changed() + outcome.removed() : 0);
    }

    /** Indexes the given articles exactly as a folder's would be; {@code eval} feeds its JSONL documents here. */
    public IndexReport load(List<Article> articles, List<SkippedFile> skipped, Optional<String> synonymRules,
                     long startedNanos) {
        return load(articles, skipped, new KbAnalyzers(synonymRules, parameters.stemmer(), parameters.stopWords()),
                startedNanos);
    }

    private IndexReport load(List<Article> articles, List<SkippedFile> skipped, KbAnalyzers analyzers,
                             long startedNanos) {
        synchronized (buildLock) {
            return use(new IndexBuilder(analyzers, parameters, encoder).build(articles, skipped, startedNanos),
                    analyzers, startedNanos, Optional.empty(), 0);
        }
    }

    /**
     * Puts a built or opened index in use, then calibrates it in the background unless that is already done.
     *
     * @param version the version of the index on disk, empty for an index in memory
     * @param edited  articles an update in place changed or removed (0 for a build or an unchanged index)
     */
    private IndexReport use(IndexSnapshot index, KbAnalyzers analyzers, long startedNanos,
                            Optional<String> version, int edited) {
        List<SkippedFile> skipped = index.report.skipped();
        synchronized (buildLock) {
            // An edit to a few articles of thousands barely moves a calibration fitted on all of them, and a refit
            // asks its questions of a second index as large as this one: the calibration in use (or still being
            // fitted) is kept until edits add up to a hundredth of the articles, so an edit never sets off a full
            // rebuild's work, nor waits for a calibration or throws one away.
            boolean minorEdit = edited > 0 && slot.peek() != null && modelInUse != null
                    && (calibration != null || !calibrated.isDone())
                    && (changedSinceCalibration + edited) * 100L <= index.articleCount;
            // A kept calibration is the best start even for edited articles; it is refreshed below when stale.
            Optional<CalibrationFile.Kept> kept = !minorEdit && selfCalibrationDeclines > 0 && calibrationFile != null
                    ? version.flatMap(calibrationFile::read) : Optional.empty();
            ConfidenceModel model = confidence;
            if (minorEdit) {
                changedSinceCalibration += edited;
                model = modelInUse;
            } else {
                lineage++;
                changedSinceCalibration = 0;
                if (kept.isPresent()) {
                    calibration = kept.get().result(confidence.threshold());
                    model = calibration.model();
                }
            }
            modelInUse = model;
            analyzersInUse = analyzers;
            slot.swap(new EngineSlot.Engine(index, new KbSearcher(analyzers, parameters, model, encoder)));
            builtAt = clock.instant();
            LOG.info("Knowledge index ready: {} articles, {} sections, {} skipped, {} passage vectors, in {} ms",
                    index.report.articles(), index.report.sections(), skipped.size(), index.vectors.size(),
                    (System.nanoTime() - startedNanos) / 1_000_000);
            boolean current = kept.isPresent()
                    && kept.get().articles().equals(PersistedIndex.contentKey(index.articles.values()));
            // The command line asks one question: a calibration of its own would cost more than the answer.
            boolean calibrate = selfCalibrationDeclines > 0 && !current && !minorEdit
                    && !(version.isPresent() && home.readOnly());
            if (!minorEdit) {
                // A minor edit leaves a calibration that is running to finish, and awaitCalibration to wait for it.
                calibrated = calibrate ? calibrateInBackground(index, version, lineage)
                        : CompletableFuture.completedFuture(null);
            }
            if (!home.readOnly()) {
                // The server reads the Korean synonym rules (Nori's dictionaries) after it is ready, so the first
                // Korean question does not wait for them; the command line reads them only if its question needs.
                reloadExecutor.execute(analyzers.koreanSynonyms::prepare);
            }
            return index.report;
        }
    }

    /**
     * Searchable at once with the shared model; the index's own calibration follows (it asks a few hundred
     * questions of a second index, which would double the time to ready). It takes one thread of the reload
     * executor and holds no lock while it works, so neither answers nor edits wait for it.
     */
    private CompletableFuture<Void> calibrateInBackground(IndexSnapshot index, Optional<String> version,
                                                          long fittedLineage) {
        KbAnalyzers analyzers = analyzersInUse;
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            reloadExecutor.execute(() -> {
                try {
                    calibrate(index, analyzers, version, fittedLineage);
                } catch (CancellationException e) {
                    // Not saved: the next start calibrates again (a partial fit would not be this index's).
                    calibrationStopped = true;
                    LOG.info("Self-calibration stopped: the knowledge index is closing");
                } catch (RuntimeException e) {
                    LOG.warn("Self-calibration failed; the shared confidence model stays in use", e);
                } finally {
                    done.complete(null);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Not calibrating: the reload executor is shut down");
            done.complete(null);
        }
        return done;
    }

    private void calibrate(IndexSnapshot index, KbAnalyzers analyzers, Optional<String> version, long fittedLineage) {
        long started = System.nanoTime();
        SelfCalibration.Result result = new SelfCalibration(analyzers, parameters, selfCalibrationDeclines, encoder)
                .calibrate(index.sortedArticles, confidence, () -> closing);
        synchronized (buildLock) {
            EngineSlot.Engine current = slot.peek();
            if (current == null || lineage != fittedLineage) {
                return; // a newer build replaced this index meanwhile; it calibrates itself
            }
            // The index in use is this one or this one with minor edits applied while it was fitted.
            calibration = result;
            modelInUse = result.model();
            slot.swap(new EngineSlot.Engine(current.index(),
                    new KbSearcher(analyzersInUse, parameters, result.model(), encoder)));
        }
        if (version.isPresent() && !home.readOnly() && calibrationFile != null) {
            calibrationFile.write(version.get(), PersistedIndex.contentKey(index.articles.values()), result);
        }
        LOG.info("Knowledge index {} in {} ms", SelfCalibration.describe(result).orElse(""),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Waits until the last build's self-calibration is in use (immediately when it is off or already done). */
    public void awaitCalibration() {
        calibrated.join();
    }

    @Override
    public SearchResult search(SearchRequest request) {
        EngineSlot.Engine current = slot.acquire();
        if (current == null) {
            return SearchResult.empty("", "en");
        }
        try {
            Optional<AnswerCache.Key> key = AnswerCache.key(request);
            SearchResult cached = key.map(current.answers()::get).orElse(null);
            if (cached != null) {
                return cached;
            }
            SearchResult result = current.searcher().search(current.index(), request);
            key.ifPresent(k -> current.answers().put(k, result));
            return result;
        } catch (RuntimeException e) {
            // Search must never fail the caller: an odd query gets "no answer", the detail goes to the log.
            LOG.warn("Search failed for a query of {} chars", request.text() == null ? 0 : request.text().length(), e);
            return SearchResult.empty("", "en");
        } finally {
            current.index().release();
        }
    }

    @Override
    public boolean isReady() {
        return slot.peek() != null;
    }

    @Override
    public Optional<Article> article(String id) {
        EngineSlot.Engine current = slot.peek();
        return current == null || id == null ? Optional.empty() : Optional.ofNullable(current.index().articles.get(id));
    }

    @Override
    public List<Article> articles() {
        EngineSlot.Engine current = slot.peek();
        return current == null ? List.of() : current.index().sortedArticles;
    }

    /** When the index in use was built, if it has been. */
    public Optional<Instant> builtAt() {
        return Optional.ofNullable(builtAt);
    }

    /** The report of the index in use. */
    public Optional<IndexReport> lastReport() {
        EngineSlot.Engine current = slot.peek();
        return current == null ? Optional.empty() : Optional.of(current.index().report);
    }

    /** True when a self-calibration stopped early because the index closed. */
    boolean calibrationStopped() {
        return calibrationStopped;
    }

    /** What the per-index calibration of the last build found, when it ran. */
    public Optional<SelfCalibration.Result> calibration() {
        return Optional.ofNullable(calibration);
    }

    /** For calibration only: scores with some articles left out of the index. */
    public KbSearcher.Scored score(String text, Set<String> excluded) {
        EngineSlot.Engine current = slot.acquire();
        try {
            return current.searcher().score(current.index(), text, excluded);
        } finally {
            current.index().release();
        }
    }

    @Override
    public void close() {
        closing = true;
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        synchronized (buildLock) {
            slot.clear();
            if (persisted != null) {
                persisted.close();
            }
        }
    }

    /** What the last start or reload did with the index on disk; empty when it lives in memory. */
    public Optional<PersistedIndex.Outcome> persistedOutcome() {
        return Optional.ofNullable(lastOutcome);
    }
}
