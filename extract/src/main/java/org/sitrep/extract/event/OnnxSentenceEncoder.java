package org.sitrep.extract.event;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small BERT-style encoder run by ONNX Runtime inside the JVM, on the quantised models (and their tokenizers)
 * that langchain4j ships as Maven artifacts: the weights come inside a jar, so nothing is downloaded.
 * <p>
 * Each call runs on the calling thread alone: extraction already keeps every core busy with documents, and ONNX
 * Runtime's own thread pool would only compete. Sentences go through the network one at a time: the quantised models
 * scale their activations per input tensor, so in a padded batch a sentence's vector would depend on the sentences
 * batched with it (one sentence's sub-event type changed with its neighbours), and training and extraction, which
 * batch different sentences, would see different vectors for the same text.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

    /** The encoders Sitrep can use, by the name the model card records. */
    public enum Model {
        ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "", false),
        BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q", "", true),
        // e5 was trained with a role prefix on every input; without it its vectors are worse.
        E5_SMALL_V2_Q("e5-small-v2-q", "query: ", false);

        private final String label;
        private final String prefix;
        private final boolean clsPooling;

        Model(String label, String prefix, boolean clsPooling) {
            this.label = label;
            this.prefix = prefix;
            this.clsPooling = clsPooling;
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

    /** Word pieces read of a sentence; longer ones are cut (a news sentence has about 35). */
    private static final int MAX_PIECES = 64;
    private static final int DIMENSION = 384;

    private final Model model;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    private OnnxSentenceEncoder(Model model) {
        this.model = model;
        ClassLoader loader = OnnxSentenceEncoder.class.getClassLoader();
        try (InputStream onnx = loader.getResourceAsStream(model.label + ".onnx");
             InputStream vocabulary = loader.getResourceAsStream(model.label + "-tokenizer.json")) {
            if (onnx == null || vocabulary == null) {
                throw new IllegalStateException("encoder " + model.label + " is not on the class path");
            }
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = environment.createSession(onnx.readAllBytes(), options);
            typeIds = session.getInputNames().contains("token_type_ids");
            tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of(
                    "truncation", "true", "maxLength", String.valueOf(MAX_PIECES), "padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start encoder " + model.label + ": " + e.getMessage(), e);
        }
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
        return DIMENSION;
    }

    @Override
    public float[] encode(String sentence) {
        return encodeAll(List.of(sentence)).get(0);
    }

    @Override
    public List<float[]> encodeAll(List<String> sentences) {
        List<float[]> vectors = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            vectors.add(run(tokenizer.encode(model.prefix + s).getIds()));
        }
        return vectors;
    }

    /** One sentence's word pieces through the network: a pooled unit-length vector out. */
    private float[] run(long[] pieces) {
        long[][] ids = {pieces};
        long[][] mask = new long[1][pieces.length];
        Arrays.fill(mask[0], 1L);
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, ids));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, new long[1][pieces.length]));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                return normalise(pool(hidden[0], pieces.length));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("encoder " + model.label + " failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** The [CLS] vector for models trained so, else the mean over the sentence's own word pieces. */
    private float[] pool(float[][] states, int length) {
        if (model.clsPooling) {
            return states[0].clone();
        }
        float[] mean = new float[DIMENSION];
        for (int t = 0; t < length; t++) {
            for (int d = 0; d < DIMENSION; d++) {
                mean[d] += states[t][d];
            }
        }
        for (int d = 0; d < DIMENSION; d++) {
            mean[d] /= length;
        }
        return mean;
    }

    private static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < v.length; d++) {
            v[d] *= scale;
        }
        return v;
    }
}
