package dev.deskhand.kb.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.kb.SentenceEncoder;
import dev.deskhand.kb.index.RankingParameters;
import dev.deskhand.kb.rank.ConfidenceModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the index stops its self-calibration, so shutdown never waits out the executor's grace for it. */
class CalibrationStopTest {

    @TempDir
    Path tmp;

    @Test
    void aCalibrationPendingWhenTheIndexClosesStopsWithoutBeingInterruptedOrSaved() throws Exception {
        Path folder = tmp.resolve("knowledge");
        copyStarter(folder);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        CountDownLatch gate = new CountDownLatch(1);
        // Holds the executor's one thread, so the calibration queued by the build starts only after close().
        executor.execute(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        LuceneKnowledgeBase kb = new LuceneKnowledgeBase(folder, KbFixture.CLOCK, executor,
                RankingParameters.DEFAULT, ConfidenceModel.standard(), ConfidenceModel.SELF_CALIBRATION_DECLINES,
                SentenceEncoder.NONE, IndexHome.writable(tmp.resolve("data/kb/index")));
        kb.reload();
        kb.close();
        gate.countDown();
        executor.shutdown();
        // The starter KB with words only has over a hundred held-out questions (a full calibration of it saves
        // calibration.json, see PersistedIndexTest); stopped, it ends without a fit and without a file.
        assertTrue(executor.awaitTermination(60, TimeUnit.SECONDS), "the calibration ran on after close");
        kb.awaitCalibration();
        assertFalse(kb.calibration().isPresent(), "a stopped calibration must not be put in use");
        assertFalse(Files.exists(tmp.resolve("data/kb/calibration.json")), "a stopped calibration must not be saved");
        assertTrue(kb.calibrationStopped(), "the calibration did not see the close");
    }

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
