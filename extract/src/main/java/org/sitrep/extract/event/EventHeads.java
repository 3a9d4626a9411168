package org.sitrep.extract.event;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The trained part of event detection, as shipped in {@code event-heads.json}: which encoder and lexicon cells the
 * heads read, and three heads over them.
 *
 * @param encoder       the {@link SentenceEncoder#name()} the heads were trained on
 * @param triggerTypes  the lexicon cells after the encoder's vector ({@link EventFeatures})
 * @param triggerWeight the value a lexicon cell takes when its type's trigger is in the sentence
 * @param wordCells     how many hashed lemma cells follow the lexicon cells (0: none)
 * @param occurrence    whether a sentence reports a concrete occurrence: labels {@code no}, {@code yes}
 * @param threshold     the probability of {@code yes} above which a sentence is taken as an occurrence
 * @param subtype       the sub-event type, given that the sentence is about one
 * @param kind          how the sentence stands towards what it tells (asserted, reported, negated, future, ...)
 * @param screen        whether a sentence may report an occurrence, from {@link LexicalFeatures} alone
 * @param screenThreshold the probability of {@code yes} from which a sentence goes on to the encoder; set so that
 *                      almost every occurrence does
 * @param kindVotes     whether the kind head has a say in occurrence: then a sentence's occurrence score is the mean
 *                      of the occurrence head's {@code yes} and the kind head's mass on the occurrence kinds
 * @param trained       when, ISO date
 */
public record EventHeads(String encoder, List<String> triggerTypes, double triggerWeight, int wordCells,
                         LinearHead occurrence,
                         double threshold,
                         LinearHead subtype, LinearHead kind, LinearHead screen, double screenThreshold,
                         boolean kindVotes, String trained) {

    /** Kinds of sentence that report a concrete occurrence. */
    public static final Set<String> OCCURRENCE_KINDS = Set.of("asserted", "reported", "alleged", "denied", "historical");

    /** Where the shipped heads live on the class path. */
    public static final String RESOURCE = "/org/sitrep/extract/event/event-heads.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public EventHeads {
        triggerTypes = List.copyOf(triggerTypes);
    }

    /**
     * How surely features {@code x} report an occurrence: the occurrence head's answer, or with {@link #kindVotes} its
     * mean with the kind head's, two estimates of one question from heads trained on different labels.
     */
    public double occurrenceScore(double[] x) {
        return occurrenceScore(occurrence, kind, kindVotes, x);
    }

    /** {@link #occurrenceScore(double[])} of heads not yet shipped. */
    public static double occurrenceScore(LinearHead occurrence, LinearHead kind, boolean kindVotes, double[] x) {
        double yes = occurrence.probabilities(x)[1];
        if (!kindVotes) {
            return yes;
        }
        double[] k = kind.probabilities(x);
        double mass = 0;
        for (int i = 0; i < k.length; i++) {
            if (OCCURRENCE_KINDS.contains(kind.labels().get(i))) {
                mass += k[i];
            }
        }
        return (yes + mass) / 2;
    }

    /** The heads built into Sitrep. */
    public static EventHeads bundled() {
        try (InputStream in = EventHeads.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("event heads missing from the build (" + RESOURCE
                        + "); rebuild them with 'sitrep train events'");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EventHeads read(InputStream in) throws IOException {
        return JSON.readValue(in, EventHeads.class);
    }

    public void write(OutputStream out) throws IOException {
        JSON.writeValue(out, this);
    }
}
