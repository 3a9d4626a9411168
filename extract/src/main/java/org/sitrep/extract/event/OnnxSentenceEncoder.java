package org.sitrep.extract.event;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A small BERT-style encoder run by ONNX Runtime inside the JVM, from the quantised models that langchain4j ships as
 * Maven artifacts (weights inside the jar, so nothing is downloaded). Each call runs on the calling thread alone:
 * extraction already keeps every core busy with documents, and ONNX Runtime's own thread pool would only compete.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

    /** The encoders Sitrep can use, by the name the model card records. */
    public enum Model {
        ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "", PoolingMode.MEAN),
        BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q", "", PoolingMode.CLS),
        // e5 was trained with a role prefix on every input; without it its vectors are worse.
        E5_SMALL_V2_Q("e5-small-v2-q", "query: ", PoolingMode.MEAN);

        private final String label;
        private final String prefix;
        private final PoolingMode pooling;

        Model(String label, String prefix, PoolingMode pooling) {
            this.label = label;
            this.prefix = prefix;
            this.pooling = pooling;
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
                    + Arrays.stream(values()).map(Model::label).toList());
        }
    }

    private static final Executor CALLER = Runnable::run;

    private final Model model;
    private final Embedder embedder;

    private OnnxSentenceEncoder(Model model) {
        this.model = model;
        this.embedder = new Embedder(loadEncoder(model));
    }

    /** Loads {@code model} (a second or two; about 100 MB of memory). */
    public static OnnxSentenceEncoder load(Model model) {
        return new OnnxSentenceEncoder(model);
    }

    private static OnnxBertBiEncoder loadEncoder(Model model) {
        ClassLoader loader = OnnxSentenceEncoder.class.getClassLoader();
        try (InputStream onnx = loader.getResourceAsStream(model.label + ".onnx");
             InputStream tokenizer = loader.getResourceAsStream(model.label + "-tokenizer.json")) {
            if (onnx == null || tokenizer == null) {
                throw new IllegalStateException("encoder " + model.label + " is not on the class path");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(onnx.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, model.pooling);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start encoder " + model.label + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return model.label();
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public float[] encode(String sentence) {
        return embedder.embed(model.prefix + sentence).content().vector();
    }

    @Override
    public List<float[]> encodeAll(List<String> sentences) {
        List<TextSegment> segments = sentences.stream().map(s -> TextSegment.from(model.prefix + s)).toList();
        return embedder.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    /** langchain4j's in-process model around our own session, embedding on the calling thread. */
    private static final class Embedder extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Embedder(OnnxBertBiEncoder encoder) {
            super(CALLER);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
