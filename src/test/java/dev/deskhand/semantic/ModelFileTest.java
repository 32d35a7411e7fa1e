package dev.deskhand.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deskhand.testing.Encoders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path folder;

    @Test
    void theJarsModelIsWrittenOnceWithTheExpectedHashAndThenReused() throws Exception {
        Path file = ModelFile.in(folder, MODEL, MiniLmEncoder.MODEL_SHA256);

        assertEquals(folder.resolve("all-minilm-l6-v2-q.onnx"), file);
        assertEquals(MiniLmEncoder.MODEL_SHA256, sha256(file));
        Files.setLastModifiedTime(file, LONG_AGO);
        assertEquals(file, ModelFile.in(folder, MODEL, MiniLmEncoder.MODEL_SHA256));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(file), "a verified file is not written again");
        assertEquals(List.of(file), contents());
    }

    @Test
    void aDamagedFileIsReplacedFromTheJar() throws Exception {
        Files.write(folder.resolve("all-minilm-l6-v2-q.onnx"), new byte[] {1, 2, 3});

        Path file = ModelFile.in(folder, MODEL, MiniLmEncoder.MODEL_SHA256);

        assertEquals(MiniLmEncoder.MODEL_SHA256, sha256(file));
        assertEquals(22_972_370L, Files.size(file));
    }

    @Test
    void aJarCopyWithAnotherHashIsRefusedAndLeavesNothingBehind() throws Exception {
        String other = "0".repeat(64);

        IOException refused = assertThrows(IOException.class, () -> ModelFile.in(folder, MODEL, other));

        assertEquals("/all-minilm-l6-v2-q.onnx in the jar has SHA-256 " + MiniLmEncoder.MODEL_SHA256
                + ", expected " + other, refused.getMessage());
        assertEquals(List.of(), contents());
    }

    @Test
    void theModelReadFromItsFileGivesTheSameVectorsToTheBitAsTheOneReadFromTheJar() throws Exception {
        List<String> texts = List.of("Refund policy", "how do I reset my password", "track my parcel to Busan");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (MiniLmEncoder fromFile = new MiniLmEncoder(threads, folder.resolve("models"))) {
            List<float[]> expected = Encoders.miniLm().encode(texts);
            List<float[]> actual = fromFile.encode(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertArrayEquals(expected.get(i), actual.get(i), 0f, texts.get(i));
            }
            assertEquals(MiniLmEncoder.MODEL_SHA256, sha256(folder.resolve("models/all-minilm-l6-v2-q.onnx")));
        } finally {
            threads.shutdownNow();
        }
    }

    private List<Path> contents() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
