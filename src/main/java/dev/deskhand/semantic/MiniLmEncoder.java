package dev.deskhand.semantic;

import dev.deskhand.kb.SentenceEncoder;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * all-MiniLM-L6-v2 (quantised, 384 dimensions), run in process by ONNX Runtime from the model file shipped inside
 * its jar: no network, no service. It was trained on English sentence pairs, so Korean is left to Nori.
 */
public final class MiniLmEncoder implements SentenceEncoder {

    private final EmbeddingModel model;

    /** @param executor spreads a batch (a build's passages) over its threads */
    public MiniLmEncoder(Executor executor) {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(executor);
    }

    @Override
    public boolean understands(String lang) {
        return lang.equals("en");
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        texts.forEach(t -> segments.add(TextSegment.from(t)));
        List<float[]> vectors = new ArrayList<>(texts.size());
        model.embedAll(segments).content().forEach(e -> vectors.add(e.vector()));
        return vectors;
    }
}
