package dev.deskhand.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.deskhand.kb.SentenceEncoder;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * all-MiniLM-L6-v2 (quantised, 384 dimensions, mean pooling), run in process by ONNX Runtime from the model file
 * shipped inside its jar: no network, no service. It was trained on English sentence pairs, so Korean is left to
 * Nori. The session runs each sentence on one thread: a question is a dozen tokens, too little to split, and
 * requests already arrive on many threads; a build's batch is spread over the executor instead. The model is read
 * on first use (the index build, on its own thread), so start-up and {@code /healthz} do not wait for it. Given a
 * folder, the server's, ONNX Runtime reads the model from a file there ({@link ModelFile}) rather than from a copy
 * in the Java heap.
 */
public final class MiniLmEncoder implements SentenceEncoder, AutoCloseable {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    /** The model of the pinned langchain4j release; another hash means another model, so other vectors. */
    static final String MODEL_SHA256 = "afdb6f1a0e45b715d0bb9b11772f032c399babd23bfc31fed1c170afc848bdb1";
    private static final Logger LOG = LoggerFactory.getLogger(MiniLmEncoder.class);

    private final Executor executor;
    private final Path modelFolder;
    // Encodes hold the read side, close the write side: closing the native session while a background batch (a
    // re-index still filling vectors at shutdown) is inside ONNX Runtime crashed the whole JVM, not just the task.
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;
    private Model model;

    /**
     * Reads the model from the jar into memory: for short-lived processes (the command line, tests).
     *
     * @param executor spreads a batch (a build's passages) over its threads
     */
    public MiniLmEncoder(Executor executor) {
        this(executor, null);
    }

    /**
     * @param executor    spreads a batch (a build's passages) over its threads
     * @param modelFolder where the model file is kept between runs (the data directory's), or null to read it
     *                    from the jar into memory
     */
    public MiniLmEncoder(Executor executor, Path modelFolder) {
        this.executor = executor;
        this.modelFolder = modelFolder;
    }

    /**
     * Why the model cannot run on this machine, if it cannot: the jar carries ONNX Runtime's native library only for
     * the platforms the README names (Linux x64 and arm64, macOS on Apple silicon), so elsewhere the caller ranks
     * by words alone instead of failing. Looks the library up without loading it.
     */
    public static Optional<String> unsupportedPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String folder = (os.contains("linux") ? "linux" : os.contains("mac") ? "osx" : os.contains("win") ? "win" : os)
                + "-" + (arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch);
        String library = folder.startsWith("win") ? "onnxruntime.dll"
                : folder.startsWith("osx") ? "libonnxruntime.dylib" : "libonnxruntime.so";
        if (System.getProperty("onnxruntime.native.path") != null
                || MiniLmEncoder.class.getResource("/ai/onnxruntime/native/" + folder + "/" + library) != null) {
            return Optional.empty();
        }
        return Optional.of("this jar has no ONNX Runtime library for " + folder);
    }

    @Override
    public boolean understands(String lang) {
        return lang.equals("en");
    }

    @Override
    public String id() {
        return MODEL;
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        texts.forEach(t -> segments.add(TextSegment.from(t)));
        List<float[]> vectors = new ArrayList<>(texts.size());
        lifecycle.readLock().lock();
        try {
            model().embedAll(segments).content().forEach(e -> vectors.add(e.vector()));
        } finally {
            lifecycle.readLock().unlock();
        }
        return vectors;
    }

    /** Reads the model now (a few hundred ms), so that the first question does not. */
    @Override
    public void warmUp() {
        lifecycle.readLock().lock();
        try {
            model();
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private synchronized Model model() {
        if (closed) {
            throw new IllegalStateException("the sentence model was closed (the app is shutting down)");
        }
        if (model == null) {
            model = new Model(executor, modelFolder);
        }
        return model;
    }

    /** Releases the native session; only after every search has finished (the index closes first). */
    @Override
    public void close() throws OrtException {
        lifecycle.writeLock().lock();
        try {
            synchronized (this) {
                closed = true;
                if (model != null) {
                    model.session.close();
                    model = null;
                }
            }
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OrtSession session;
        private final OnnxBertBiEncoder encoder;

        Model(Executor executor, Path folder) {
            super(executor);
            try (InputStream tokenizer = resource(TOKENIZER)) {
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                // A question is a dozen tokens: the arena and the memory-pattern planner would keep the largest
                // batch's buffers (a build's) for the life of the process; plain allocations stay small.
                options.setCPUArenaAllocator(false);
                options.setMemoryPatternOptimization(false);
                this.session = session(environment, options, folder);
                this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sentence model from the classpath", e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot load the sentence model", e);
            }
        }

        private static OrtSession session(OrtEnvironment environment, OrtSession.SessionOptions options, Path folder)
                throws IOException, OrtException {
            if (folder != null) {
                try {
                    return environment.createSession(ModelFile.in(folder, MODEL, MODEL_SHA256).toString(), options);
                } catch (IOException e) {
                    // Still the same model, only a heap copy larger: a read-only data folder must not turn meaning off.
                    LOG.warn("Reading the sentence model into memory instead: cannot keep it in {}", folder, e);
                }
            }
            try (InputStream onnx = resource(MODEL)) {
                return environment.createSession(onnx.readAllBytes(), options);
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = MiniLmEncoder.class.getResourceAsStream(name);
            if (in == null) {
                throw new IOException(name + " is missing from the classpath");
            }
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
