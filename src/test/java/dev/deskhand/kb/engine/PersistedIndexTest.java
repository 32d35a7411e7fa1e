package dev.deskhand.kb.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.kb.SentenceEncoder;
import dev.deskhand.kb.index.PersistedIndex;
import dev.deskhand.kb.index.RankingParameters;
import dev.deskhand.kb.rank.ConfidenceModel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: reused on a restart, changed per article on an edit, rebuilt on a new version or damage. */
class PersistedIndexTest {

    @TempDir
    Path tmp;

    /** A stand-in model that records what it was asked to encode (vectors from letter counts: cheap, stable). */
    static final class CountingEncoder implements SentenceEncoder {
        final List<String> encoded = new ArrayList<>();
        int warmUps;
        private final String id;

        CountingEncoder(String id) {
            this.id = id;
        }

        @Override
        public boolean understands(String lang) {
            return lang.equals("en");
        }

        @Override
        public synchronized List<float[]> encode(List<String> texts) {
            encoded.addAll(texts);
            List<float[]> out = new ArrayList<>();
            for (String text : texts) {
                float[] v = new float[26];
                text.toLowerCase().chars().filter(c -> c >= 'a' && c <= 'z').forEach(c -> v[c - 'a']++);
                v[0] += 0.5f; // never all zero
                out.add(v);
            }
            return out;
        }

        @Override
        public synchronized void warmUp() {
            warmUps++;
        }

        @Override
        public String id() {
            return id;
        }
    }

    private LuceneKnowledgeBase open(Path folder, SentenceEncoder encoder) {
        LuceneKnowledgeBase kb = new LuceneKnowledgeBase(folder, KbFixture.CLOCK, Runnable::run,
                RankingParameters.DEFAULT, ConfidenceModel.standard(), 0, encoder,
                IndexHome.writable(tmp.resolve("data/kb/index")));
        kb.reload();
        return kb;
    }

    private static String top(LuceneKnowledgeBase kb, String query) {
        SearchResult result = kb.search(new SearchRequest(query, 3, 0));
        return result.hits().isEmpty() ? "" : result.hits().get(0).article().id();
    }

    @Test
    void restartOpensTheIndexWithoutBuildingOrEncoding() {
        Path folder = KbFixture.copyTo(tmp.resolve("knowledge"));
        String before;
        try (LuceneKnowledgeBase kb = open(folder, new CountingEncoder("m1"))) {
            assertEquals(PersistedIndex.Kind.REBUILT, kb.persistedOutcome().orElseThrow().kind());
            before = top(kb, "parcel tracking number");
        }
        CountingEncoder encoder = new CountingEncoder("m1");
        try (LuceneKnowledgeBase kb = open(folder, encoder)) {
            PersistedIndex.Outcome outcome = kb.persistedOutcome().orElseThrow();
            assertEquals(PersistedIndex.Kind.OPENED, outcome.kind());
            assertEquals(0, outcome.changed());
            assertEquals(List.of(), encoder.encoded);
            // The server does not read the model ahead: an unchanged index needs none until the first question.
            assertEquals(0, encoder.warmUps);
            assertEquals("shipping-delays", before);
            assertEquals(before, top(kb, "parcel tracking number"));
        }
    }

    @Test
    void theCommandLineReadsTheModelWhileOpeningTheIndexTheServerDoesNot() {
        Path folder = KbFixture.copyTo(tmp.resolve("knowledge"));
        CountingEncoder server = new CountingEncoder("m1");
        open(folder, server).close();
        assertEquals(0, server.warmUps);

        CountingEncoder cli = new CountingEncoder("m1");
        try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(folder, KbFixture.CLOCK, Runnable::run,
                RankingParameters.DEFAULT, ConfidenceModel.standard(), 0, cli,
                IndexHome.readOnly(tmp.resolve("data/kb/index")))) {
            kb.reload();
            assertEquals(1, cli.warmUps);
            assertEquals(List.of(), cli.encoded, "opened read-only, nothing re-encoded");
            assertEquals("shipping-delays", top(kb, "parcel tracking number"));
        }
    }

    @Test
    void anEditChangesOnlyItsArticleAndADeletionRemovesIt() throws IOException {
        Path folder = KbFixture.copyTo(tmp.resolve("knowledge"));
        open(folder, new CountingEncoder("m1")).close();
        Files.writeString(folder.resolve("shipping-delays.md"), "\nParcels by zeppelin take longer.\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.delete(folder.resolve("billing/double-charge.md"));
        CountingEncoder encoder = new CountingEncoder("m1");
        try (LuceneKnowledgeBase kb = open(folder, encoder)) {
            PersistedIndex.Outcome outcome = kb.persistedOutcome().orElseThrow();
            assertEquals(PersistedIndex.Kind.UPDATED, outcome.kind());
            assertEquals(1, outcome.changed());
            assertEquals(1, outcome.removed());
            // Only the edited article's lines went to the model.
            String edited = Files.readString(folder.resolve("shipping-delays.md"));
            assertTrue(encoder.encoded.contains("Parcels by zeppelin take longer."));
            assertEquals(List.of(), encoder.encoded.stream().filter(t -> !edited.contains(t)).toList());
            assertEquals("shipping-delays", top(kb, "zeppelin"));
            assertTrue(kb.article("double-charge").isEmpty());
            assertTrue(kb.search(new SearchRequest("charged twice", 5, 0)).hits().stream()
                    .noneMatch(h -> h.article().id().equals("double-charge")));
        }
    }

    @Test
    void editsToARunningServerAreAppliedInPlaceOneArticleAtATime() throws IOException {
        Path folder = KbFixture.copyTo(tmp.resolve("knowledge"));
        CountingEncoder encoder = new CountingEncoder("m1");
        try (LuceneKnowledgeBase kb = open(folder, encoder)) {
            encoder.encoded.clear();
            Files.writeString(folder.resolve("shipping-delays.md"), "\nParcels by zeppelin take longer.\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            kb.reload();
            PersistedIndex.Outcome first = kb.persistedOutcome().orElseThrow();
            assertEquals(PersistedIndex.Kind.UPDATED, first.kind());
            assertEquals(1, first.changed());
            assertEquals(List.of("Parcels by zeppelin take longer."), encoder.encoded);
            assertEquals("shipping-delays", top(kb, "zeppelin"));

            encoder.encoded.clear();
            Files.delete(folder.resolve("billing/double-charge.md"));
            kb.reload();
            PersistedIndex.Outcome second = kb.persistedOutcome().orElseThrow();
            assertEquals(PersistedIndex.Kind.UPDATED, second.kind());
            assertEquals(0, second.changed());
            assertEquals(1, second.removed());
            assertEquals(List.of(), encoder.encoded);
            assertTrue(kb.article("double-charge").isEmpty());
            assertEquals("shipping-delays", top(kb, "zeppelin"), "the first edit is still there");

            kb.reload();
            assertEquals(PersistedIndex.Kind.OPENED, kb.persistedOutcome().orElseThrow().kind());
        }
        // What the running server wrote is what a restart finds: nothing to change.
        CountingEncoder restarted = new CountingEncoder("m1");
        try (LuceneKnowledgeBase kb = open(folder, restarted)) {
            assertEquals(PersistedIndex.Kind.OPENED, kb.persistedOutcome().orElseThrow().kind());
            assertEquals(List.of(), restarted.encoded);
            assertEquals("shipping-delays", top(kb, "zeppelin"));
        }
    }

    @Test
    void aNewModelVersionRebuildsOnce() {
        Path folder = KbFixture.copyTo(tmp.resolve("knowledge"));
        open(folder, new CountingEncoder("m1")).close();
        CountingEncoder next = new CountingEncoder("m2");
        try (LuceneKnowledgeBase kb = open(folder, next)) {
            assertEquals(PersistedIndex.Kind.REBUILT, kb.persistedOutcome().orElseThrow().kind());
            assertTrue(next.encoded.contains("Where is my order? Shipping delays"));
        }
        try (LuceneKnowledgeBase kb = open(folder, new CountingEncoder("m2"))) {
            assertEquals(PersistedIndex.Kind.OPENED, kb.persistedOutcome().orElseThrow().kind());
        }
    }

    @Test
    void aDamagedIndexIsRebuiltNotFatal() throws IOException {
        Path folder = KbFixture.copyTo(tmp.resolve("knowledge"));
        open(folder, new CountingEncoder("m1")).close();
        try (Stream<Path> files = Files.list(tmp.resolve("data/kb/index"))) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals("write.lock")) {
                    Files.write(file, "not an index".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        try (LuceneKnowledgeBase kb = open(folder, new CountingEncoder("m1"))) {
            assertEquals(PersistedIndex.Kind.REBUILT, kb.persistedOutcome().orElseThrow().kind());
            assertEquals("shipping-delays", top(kb, "parcel tracking number"));
        }
        try (LuceneKnowledgeBase kb = open(folder, new CountingEncoder("m1"))) {
            assertEquals(PersistedIndex.Kind.OPENED, kb.persistedOutcome().orElseThrow().kind());
        }
    }

    @Test
    void theSelfCalibrationIsKeptAndReusedUntilTheArticlesChange() throws IOException {
        Path folder = tmp.resolve("knowledge");
        copyStarter(folder);
        try (LuceneKnowledgeBase kb = calibrating(folder)) {
            kb.awaitCalibration();
            assertTrue(Files.isRegularFile(tmp.resolve("data/kb/calibration.json")));
        }
        String kept = Files.readString(tmp.resolve("data/kb/calibration.json"));
        try (LuceneKnowledgeBase kb = calibrating(folder)) {
            kb.awaitCalibration();
            assertEquals(PersistedIndex.Kind.OPENED, kb.persistedOutcome().orElseThrow().kind());
            assertTrue(kb.calibration().isPresent());
            // Not fitted again: the file is untouched (a fit rewrites it).
            assertEquals(kept, Files.readString(tmp.resolve("data/kb/calibration.json")));
        }
        LuceneKnowledgeBase cli = new LuceneKnowledgeBase(folder, KbFixture.CLOCK, Runnable::run,
                RankingParameters.DEFAULT, ConfidenceModel.standard(), ConfidenceModel.SELF_CALIBRATION_DECLINES,
                SentenceEncoder.NONE, IndexHome.readOnly(tmp.resolve("data/kb/index")));
        try (cli) {
            cli.reload();
            assertTrue(cli.persistedOutcome().isEmpty());
            assertTrue(cli.calibration().isPresent());
        }
    }

    @Test
    void anEditIsAppliedWhileTheSelfCalibrationRunsAndTheCalibrationStillApplies() throws IOException {
        Path folder = tmp.resolve("knowledge");
        copyStarter(folder);
        // Enough articles that one edit is a minor one (under a hundredth of them).
        for (int i = 0; i < 60; i++) {
            Files.writeString(folder.resolve("faq/filler-" + i + ".md"), "---\nid: filler-" + i
                    + "\ntitle: Filler topic " + i + "\ntype: faq\n---\nFiller answer number " + i
                    + " about item " + (char) ('a' + i % 26) + (char) ('a' + i / 26) + " in the catalogue.\n");
        }
        // The reload executor is held: everything given to it (the self-calibration first) waits until the test
        // runs it, as a long calibration after a cold build keeps the server's kb-index threads busy.
        HeldExecutor background = new HeldExecutor();
        ExecutorService watchThread = Executors.newSingleThreadExecutor();
        try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(folder, KbFixture.CLOCK, background,
                RankingParameters.DEFAULT, ConfidenceModel.standard(), ConfidenceModel.SELF_CALIBRATION_DECLINES,
                SentenceEncoder.NONE, IndexHome.writable(tmp.resolve("data/kb/index")))) {
            kb.start(watchThread);
            int queuedBeforeTheEdit = background.held.size();
            assertTrue(kb.calibration().isEmpty());
            assertTrue(kb.article("filler-7").orElseThrow().body().indexOf("zeppelin") < 0);

            // WHEN an article is edited while the calibration has not finished
            Files.writeString(folder.resolve("faq/filler-7.md"), "\nParcels by zeppelin take longer.\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            // THEN the watcher applies it in place without waiting for the calibration
            assertTrue(eventually(() -> top(kb, "zeppelin").equals("filler-7")));
            PersistedIndex.Outcome edit = kb.persistedOutcome().orElseThrow();
            assertEquals(PersistedIndex.Kind.UPDATED, edit.kind());
            assertEquals(1, edit.changed());
            assertTrue(kb.calibration().isEmpty());

            // AND the calibration queued before the edit is put in use with the edit kept, not thrown away for a
            // second one
            for (int i = 0; i < queuedBeforeTheEdit; i++) {
                background.runNext();
            }
            assertTrue(kb.calibration().isPresent());
            assertEquals("filler-7", top(kb, "zeppelin"));
            background.runAll();
            kb.awaitCalibration();
            assertEquals("filler-7", top(kb, "zeppelin"));
        } finally {
            watchThread.shutdownNow();
        }
    }

    /** Keeps what it is given until the test runs it. */
    private static final class HeldExecutor implements Executor {
        private final Deque<Runnable> held = new ConcurrentLinkedDeque<>();

        @Override
        public void execute(Runnable task) {
            held.add(task);
        }

        void runNext() {
            held.remove().run();
        }

        void runAll() {
            for (Runnable task; (task = held.poll()) != null; ) {
                task.run();
            }
        }
    }

    private static boolean eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.onSpinWait();
        }
        return condition.getAsBoolean();
    }

    private LuceneKnowledgeBase calibrating(Path folder) {
        LuceneKnowledgeBase kb = new LuceneKnowledgeBase(folder, KbFixture.CLOCK, Runnable::run,
                RankingParameters.DEFAULT, ConfidenceModel.standard(), ConfidenceModel.SELF_CALIBRATION_DECLINES,
                SentenceEncoder.NONE, IndexHome.writable(tmp.resolve("data/kb/index")));
        kb.reload();
        return kb;
    }

    /** The starter knowledge base: enough articles for self-calibration to fit. */
    private static void copyStarter(Path target) throws IOException {
        Path source = Path.of("knowledge");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
