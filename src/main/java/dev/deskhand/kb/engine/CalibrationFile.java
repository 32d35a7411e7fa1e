package dev.deskhand.kb.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deskhand.kb.rank.ConfidenceModel;
import dev.deskhand.kb.rank.SelfCalibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last self-calibration, kept beside the index on disk ({@code calibration.json}) so a restart or the command
 * line uses it at once instead of asking a few hundred questions of a second index. It names the index version and
 * the articles it was fitted on: for other articles it is still the best start, and is refreshed in the background.
 */
final class CalibrationFile {

    private static final Logger LOG = LoggerFactory.getLogger(CalibrationFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What is kept: the weights (bias first) and the figures the log reports. */
    record Kept(String version, String articles, double[] words, double[] meaning, int questions, double shift,
                double answerableDeclined, double unanswerableDeclined) {

        SelfCalibration.Result result(double bar) {
            return new SelfCalibration.Result(ConfidenceModel.of(words, meaning).withThreshold(bar), questions, shift,
                    answerableDeclined, unanswerableDeclined);
        }
    }

    private final Path file;

    CalibrationFile(Path file) {
        this.file = file;
    }

    /** The kept calibration for this index version, if there is a readable one. */
    Optional<Kept> read(String version) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Kept kept = JSON.readValue(file.toFile(), Kept.class);
            return version.equals(kept.version()) ? Optional.of(kept) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Written to a temporary file first, so a reader never sees half of it. */
    void write(String version, String articles, SelfCalibration.Result r) {
        Kept kept = new Kept(version, articles, r.model().wordWeights(), r.model().meaningWeights(), r.questions(),
                r.shift(), r.answerableDeclined(), r.unanswerableDeclined());
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), kept);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot keep the self-calibration in {}: {}", file, e.toString());
        }
    }
}
