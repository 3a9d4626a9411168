package org.sitrep.extract.relation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.sitrep.extract.RelationType;
import org.sitrep.extract.event.LinearHead;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The learned relation scorer: a logistic-regression head over the hashed {@link PairFeatures} of two party mentions
 * in a parsed sentence, answering which of a few relation types the first has to the second, or none. It is asked
 * only about pairs the cue rules left unrelated, so it fills in what the parse shows but no cue word names. Rebuilt
 * by {@code sitrep train relations}; the weights ship with their model card ({@code pair-scorer.md}).
 *
 * @param head      the classes ({@link #NONE_LABEL} and relation type labels) and their weights
 * @param cells     feature cells the head reads
 * @param threshold least probability of the best relation type for the pair to be related
 * @param trainedOn what the weights were fitted on, for the record
 */
public record PairScorer(LinearHead head, int cells, double threshold, String trainedOn) {

    /** Where the shipped scorer lives on the class path. */
    public static final String RESOURCE = "/org/sitrep/extract/relation/pair-scorer.json";
    /** The class of pairs that are not related by any scored type. */
    public static final String NONE_LABEL = "none";
    /** A scorer that relates nobody. */
    public static final PairScorer OFF = new PairScorer(null, 0, 1, "");

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** A relation type the scorer gives a pair, and how sure it is. */
    public record Scored(RelationType type, double probability) {
    }

    /** The best relation type for features {@code features}, when it is not "none" and reaches the threshold. */
    public Optional<Scored> score(List<String> features) {
        if (head == null) {
            return Optional.empty();
        }
        double[] p = head.probabilities(PairFeatures.hashed(features, cells));
        int best = LinearHead.argmax(p);
        String label = head.labels().get(best);
        if (label.equals(NONE_LABEL) || p[best] < threshold) {
            return Optional.empty();
        }
        return Optional.of(new Scored(RelationType.valueOf(label.toUpperCase(java.util.Locale.ROOT)), p[best]));
    }

    /** The probability of each class of {@link LinearHead#labels()} for the features. */
    public double[] probabilities(List<String> features) {
        return head.probabilities(PairFeatures.hashed(features, cells));
    }

    /** The scorer built into Sitrep. */
    public static PairScorer bundled() {
        try (InputStream in = PairScorer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("relation scorer missing from the build (" + RESOURCE
                        + "); rebuild it with 'sitrep train relations'");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PairScorer read(InputStream in) throws IOException {
        return JSON.readValue(in, PairScorer.class);
    }

    public void write(OutputStream out) throws IOException {
        JSON.writeValue(out, this);
    }
}
