package org.sitrep.extract.event;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;

import java.util.List;
import java.util.function.Supplier;

/**
 * A small BERT-style encoder run by ONNX Runtime inside the JVM, from the quantised models that langchain4j ships as
 * Maven artifacts (weights inside the jar, so nothing is downloaded).
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

    /** The encoders Sitrep can use, by the name the model card records. */
    public enum Model {
        ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "", AllMiniLmL6V2QuantizedEmbeddingModel::new),
        BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q", "", BgeSmallEnV15QuantizedEmbeddingModel::new),
        // e5 was trained with a role prefix on every input; without it its vectors are worse.
        E5_SMALL_V2_Q("e5-small-v2-q", "query: ", E5SmallV2QuantizedEmbeddingModel::new);

        private final String label;
        private final String prefix;
        private final Supplier<EmbeddingModel> factory;

        Model(String label, String prefix, Supplier<EmbeddingModel> factory) {
            this.label = label;
            this.prefix = prefix;
            this.factory = factory;
        }

        public String label() {
            return label;
        }

        /** The model called {@code label} (as {@link #label()} spells it). */
        public static Model of(String label) {
            for (Model m : values()) {
                if (m.label.equalsIgnoreCase(label.strip())) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown encoder '" + label + "'; known: "
                    + java.util.Arrays.stream(values()).map(Model::label).toList());
        }
    }

    private final Model model;
    private final EmbeddingModel embeddings;
    private final int dimension;

    private OnnxSentenceEncoder(Model model) {
        this.model = model;
        this.embeddings = model.factory.get();
        this.dimension = embeddings.dimension();
    }

    /** Loads {@code model} (a second or two; about 100 MB of memory). */
    public static OnnxSentenceEncoder load(Model model) {
        return new OnnxSentenceEncoder(model);
    }

    @Override
    public String name() {
        return model.label();
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[] encode(String sentence) {
        return embeddings.embed(model.prefix + sentence).content().vector();
    }

    @Override
    public List<float[]> encodeAll(List<String> sentences) {
        List<TextSegment> segments = sentences.stream().map(s -> TextSegment.from(model.prefix + s)).toList();
        return embeddings.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }
}
