package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.EventType;

import java.util.Arrays;
import java.util.List;

/**
 * What the event heads read about a sentence: its encoder vector, then one cell per sub-event type that the trigger
 * lexicon finds in it. The lexicon is evidence the heads may weigh, never a decision of its own. The screening head
 * reads, instead of the vector, the sentence's lemmas hashed into {@link #WORD_CELLS} cells.
 */
public final class EventFeatures {

    /** Hash cells for lemmas; collisions cost little at this size for a few thousand distinct words. */
    public static final int WORD_CELLS = 2048;
    /** Value of a lexicon cell in new heads: large beside the encoder's components, so a modest weight acts on it. */
    public static final double TRIGGER_WEIGHT = 1.0;

    private final TriggerLexicon lexicon;
    private final List<String> triggerTypes;
    private final double triggerWeight;

    /**
     * Features whose lexicon cells stand for {@code triggerTypes}, sub-event types spelled as ACLED spells them, and
     * take {@code triggerWeight} when their trigger is there.
     */
    public EventFeatures(List<String> triggerTypes, double triggerWeight) {
        this.lexicon = new TriggerLexicon();
        this.triggerTypes = List.copyOf(triggerTypes);
        this.triggerWeight = triggerWeight;
    }

    public double triggerWeight() {
        return triggerWeight;
    }

    /** The lexicon cells of newly trained heads: every sub-event type Sitrep knows. */
    public static List<String> allTriggerTypes() {
        return Arrays.stream(EventType.values()).map(EventType::subtype).toList();
    }

    public List<String> triggerTypes() {
        return triggerTypes;
    }

    /** The features of a sentence for the heads: its vector and its (tagged, lemmatised) tokens. */
    public double[] of(float[] vector, List<CoreLabel> tokens) {
        double[] x = new double[vector.length + triggerTypes.size()];
        for (int i = 0; i < vector.length; i++) {
            x[i] = vector[i];
        }
        addTriggers(tokens, x, vector.length);
        return x;
    }

    /** The features of a sentence for the heads, from its vector and its {@link #lexical} features. */
    public double[] of(float[] vector, double[] lexical) {
        double[] x = new double[vector.length + triggerTypes.size()];
        for (int i = 0; i < vector.length; i++) {
            x[i] = vector[i];
        }
        System.arraycopy(lexical, WORD_CELLS, x, vector.length, triggerTypes.size());
        return x;
    }

    /** The features of a sentence for the screening head: its lemmas and the lexicon cells. */
    public double[] lexical(List<CoreLabel> tokens) {
        double[] x = new double[WORD_CELLS + triggerTypes.size()];
        for (CoreLabel t : tokens) {
            x[Math.floorMod(TriggerLexicon.lemma(t).hashCode(), WORD_CELLS)] = 1;
        }
        addTriggers(tokens, x, WORD_CELLS);
        return x;
    }

    /** Whether {@link #lexical} features hold a lexicon trigger. */
    public boolean hasTrigger(double[] lexical) {
        for (int i = WORD_CELLS; i < lexical.length; i++) {
            if (lexical[i] != 0) {
                return true;
            }
        }
        return false;
    }

    private void addTriggers(List<CoreLabel> tokens, double[] x, int from) {
        for (TriggerLexicon.Hit hit : lexicon.find(tokens)) {
            int cell = triggerTypes.indexOf(hit.type().subtype());
            if (cell >= 0) {
                x[from + cell] = triggerWeight;
            }
        }
    }
}
