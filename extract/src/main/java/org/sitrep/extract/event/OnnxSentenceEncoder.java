package org.sitrep.extract.event;

import ai.djl.huggingface.tokenizers.Encoding;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small BERT-style encoder run by ONNX Runtime inside the JVM, on the quantised models (and their tokenizers)
 * that langchain4j ships as Maven artifacts: the weights come inside a jar, so nothing is downloaded.
 * <p>
 * Each call runs on the calling thread alone: extraction already keeps every core busy with documents, and ONNX
 * Runtime's own thread pool would only compete. {@link #encodeAll} sorts sentences by length and runs them in small
 * batches, which on CPUs without int8 dot-product instructions is about a sixth cheaper than one by one.
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
    private static final int BATCH = 8;
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
        List<long[]> pieces = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            Encoding e = tokenizer.encode(model.prefix + s);
            pieces.add(e.getIds());
        }
        Integer[] order = new Integer[sentences.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> pieces.get(i).length));
        float[][] vectors = new float[sentences.size()][];
        for (int from = 0; from < order.length; from += BATCH) {
            int[] batch = new int[Math.min(BATCH, order.length - from)];
            for (int k = 0; k < batch.length; k++) {
                batch[k] = order[from + k];
            }
            float[][] out = run(batch, pieces);
            for (int k = 0; k < batch.length; k++) {
                vectors[batch[k]] = out[k];
            }
        }
        return Arrays.asList(vectors);
    }

    /** One batch through the network: padded word pieces in, pooled unit-length vectors out. */
    private float[][] run(int[] batch, List<long[]> pieces) {
        int width = 0;
        for (int i : batch) {
            width = Math.max(width, pieces.get(i).length);
        }
        long[][] ids = new long[batch.length][width];
        long[][] mask = new long[batch.length][width];
        for (int k = 0; k < batch.length; k++) {
            long[] p = pieces.get(batch[k]);
            System.arraycopy(p, 0, ids[k], 0, p.length);
            Arrays.fill(mask[k], 0, p.length, 1L);
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, ids));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, new long[batch.length][width]));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                float[][] pooled = new float[batch.length][];
                for (int k = 0; k < batch.length; k++) {
                    pooled[k] = normalise(pool(hidden[k], pieces.get(batch[k]).length));
                }
                return pooled;
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
