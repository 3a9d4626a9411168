package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.EventType;

import java.util.List;

/**
 * Judges a sentence with the trained heads: does it report a concrete occurrence, of which sub-event type, and how
 * does it stand towards it. Thread-safe when its encoder is.
 */
public final class EventClassifier {

    /**
     * What the heads make of one sentence.
     *
     * @param occurrence      probability that the sentence reports a concrete occurrence
     * @param isOccurrence    whether that probability clears the heads' threshold
     * @param type            the most probable sub-event type
     * @param typeProbability its probability
     * @param kind            the most probable kind (asserted, reported, alleged, denied, historical, negated, ...)
     */
    public record Judgement(double occurrence, boolean isOccurrence, EventType type, double typeProbability,
                            String kind) {
    }

    private final SentenceEncoder encoder;
    private final EventHeads heads;
    private final EventFeatures features;
    private final EventType[] types;

    public EventClassifier(SentenceEncoder encoder, EventHeads heads) {
        if (!encoder.name().equals(heads.encoder())) {
            throw new IllegalArgumentException("event heads were trained on encoder " + heads.encoder()
                    + ", not " + encoder.name());
        }
        this.encoder = encoder;
        this.heads = heads;
        this.features = new EventFeatures(heads.triggerTypes());
        this.types = heads.subtype().labels().stream()
                .map(l -> EventType.fromSubtype(l).orElseThrow(
                        () -> new IllegalStateException("event heads name an unknown sub-event type: " + l)))
                .toArray(EventType[]::new);
    }

    /** The shipped heads on the encoder they were trained on. */
    public static EventClassifier bundled() {
        EventHeads heads = EventHeads.bundled();
        return new EventClassifier(OnnxSentenceEncoder.load(OnnxSentenceEncoder.Model.of(heads.encoder())), heads);
    }

    /** Judges a sentence from its text and its tagged, lemmatised tokens. */
    public Judgement judge(String sentence, List<CoreLabel> tokens) {
        return judge(features.of(encoder.encode(sentence), tokens));
    }

    /** Judges a sentence from its {@link EventFeatures}. */
    public Judgement judge(double[] x) {
        double occurrence = heads.occurrence().probabilities(x)[1];
        double[] p = heads.subtype().probabilities(x);
        int best = LinearHead.argmax(p);
        double[] k = heads.kind().probabilities(x);
        String kind = heads.kind().labels().get(LinearHead.argmax(k));
        return new Judgement(occurrence, occurrence >= heads.threshold(), types[best], p[best], kind);
    }
}
