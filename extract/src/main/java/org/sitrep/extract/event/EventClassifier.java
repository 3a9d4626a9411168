package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.EventType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Judges sentences with the trained heads: does one report a concrete occurrence, of which sub-event type, and how
 * does it stand towards it. A cheap screening head over the sentence's words goes first, so that the encoder only
 * reads sentences that may report something (or that hold a trigger word). Thread-safe.
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
     * @param ranked          every sub-event type, the most probable first
     */
    public record Judgement(double occurrence, boolean isOccurrence, EventType type, double typeProbability,
                            String kind, List<EventType> ranked) {
        public Judgement {
            ranked = List.copyOf(ranked);
        }
    }

    /**
     * A sentence the occurrence head only just passes is taken when the sub-type head knows what it reports: a
     * marginal score with no type above {@link #TYPE_FLOOR} is mostly a speech or a gesture told in violent words
     * ("seized on the attack"). Chosen on the tuning part (ACLED macro-F1 0.852 -> 0.855, occurrence precision
     * 0.876 -> 0.886); on the held-out part precision 0.830 -> 0.835 for recall 0.873 -> 0.860.
     */
    public static final double SURE_OCCURRENCE = 0.65;
    public static final double TYPE_FLOOR = 0.35;

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
        this.features = new EventFeatures(heads.triggerTypes(), heads.triggerWeight(), heads.wordCells());
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

    /** Judges one sentence from its text and its tagged, lemmatised tokens; null when the screen lets it pass by. */
    public Judgement judge(String sentence, List<CoreLabel> tokens) {
        return judgeAll(List.of(sentence), List.of(tokens)).get(0);
    }

    /** Judges one sentence whatever the screen would say of it: for sentences another stage vouches for. */
    public Judgement judgeUnscreened(String sentence, List<CoreLabel> tokens) {
        return judge(features.of(encoder.encode(prose(sentence)), tokens));
    }

    /** The sentence without the markup that opens a heading, quote or list item ("# ", "> ", "* "). */
    static String prose(String sentence) {
        return MARKUP.matcher(sentence).replaceFirst("");
    }

    /** Markup the heads were never trained on and the encoder would read as words. */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("^[#>*\\s]+(?=\\S)");

    /**
     * Judges several sentences at once (the encoder batches them); null for each that the screen lets pass by as
     * reporting nothing.
     */
    public List<Judgement> judgeAll(List<String> sentences, List<List<CoreLabel>> tokens) {
        List<Integer> worth = new ArrayList<>();
        List<double[]> lexical = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            double[] words = features.lexical(tokens.get(i));
            if (passesScreen(words)) {
                worth.add(i);
                lexical.add(words);
            }
        }
        Judgement[] out = new Judgement[sentences.size()];
        List<float[]> vectors = encoder.encodeAll(worth.stream().map(sentences::get).map(EventClassifier::prose).toList());
        for (int k = 0; k < worth.size(); k++) {
            int i = worth.get(k);
            out[i] = judge(features.of(vectors.get(k), lexical.get(k)));
        }
        return Arrays.asList(out);
    }

    /**
     * Whether a sentence goes on to the encoder: when the screening head says it may report an occurrence, or when
     * the trigger lexicon knows one of its words. The lexicon only widens the net; the heads still decide.
     */
    private boolean passesScreen(double[] lexical) {
        return features.hasTrigger(lexical) || heads.screen().probabilities(lexical)[1] >= heads.screenThreshold();
    }

    /** Judges a sentence from its {@link EventFeatures}. */
    public Judgement judge(double[] x) {
        double occurrence = heads.occurrenceScore(x);
        double[] p = heads.subtype().probabilities(x);
        int best = LinearHead.argmax(p);
        double[] k = heads.kind().probabilities(x);
        String kind = heads.kind().labels().get(LinearHead.argmax(k));
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        List<EventType> ranked = Arrays.stream(order).map(i -> types[i]).toList();
        boolean occurs = occurrence >= heads.threshold() && (occurrence >= SURE_OCCURRENCE || p[best] >= TYPE_FLOOR);
        return new Judgement(occurrence, occurs, types[best], p[best], kind, ranked);
    }
}
