package org.sitrep.analysis.incidents;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.List;

/**
 * Sentence similarity as the cosine of all-MiniLM-L6-v2 (quantised) sentence embeddings, computed locally (ONNX).
 * Loading the model takes about a second, so one instance should serve many calls.
 */
public final class MiniLmSimilarity implements SentenceSimilarity {

    static {
        // DJL (the tokenizer's runtime) warns at every start that it found no CUDA GPU. On the CPU-only machines the
        // model is meant for that is expected, and not something to show users; real errors still show.
        if (System.getProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda", "error");
        }
    }

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public double[][] matrix(List<String> sentences) {
        int n = sentences.size();
        double[][] out = new double[n][n];
        if (n == 0) {
            return out;
        }
        List<float[]> vectors = model.embedAll(sentences.stream().map(TextSegment::from).toList()).content()
                .stream().map(e -> e.vector()).toList();
        for (int i = 0; i < n; i++) {
            out[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                out[i][j] = out[j][i] = cosine(vectors.get(i), vectors.get(j));
            }
        }
        return out;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
