package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.EventType;

import java.util.Arrays;
import java.util.List;

/**
 * What the event heads read about a sentence: its encoder vector, then one cell per sub-event type that the trigger
 * lexicon finds in it. The lexicon is evidence the heads may weigh, never a decision of its own.
 */
public final class EventFeatures {

    /** Value of a lexicon cell: on the scale of the larger components of the encoder's unit-length vector. */
    static final double TRIGGER_WEIGHT = 0.25;

    private final TriggerLexicon lexicon;
    private final List<String> triggerTypes;

    /** Features whose lexicon cells stand for {@code triggerTypes}, sub-event types spelled as ACLED spells them. */
    public EventFeatures(List<String> triggerTypes) {
        this.lexicon = new TriggerLexicon();
        this.triggerTypes = List.copyOf(triggerTypes);
    }

    /** The lexicon cells of newly trained heads: every sub-event type Sitrep knows. */
    public static List<String> allTriggerTypes() {
        return Arrays.stream(EventType.values()).map(EventType::subtype).toList();
    }

    public List<String> triggerTypes() {
        return triggerTypes;
    }

    /** Number of features for an encoder of {@code dimension}. */
    public int size(int dimension) {
        return dimension + triggerTypes.size();
    }

    /** The features of a sentence: its vector and its (tagged, lemmatised) tokens. */
    public double[] of(float[] vector, List<CoreLabel> tokens) {
        double[] x = new double[size(vector.length)];
        for (int i = 0; i < vector.length; i++) {
            x[i] = vector[i];
        }
        for (TriggerLexicon.Hit hit : lexicon.find(tokens)) {
            int cell = triggerTypes.indexOf(hit.type().subtype());
            if (cell >= 0) {
                x[vector.length + cell] = TRIGGER_WEIGHT;
            }
        }
        return x;
    }
}
