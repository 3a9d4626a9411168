package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.EventType;

import java.util.Arrays;
import java.util.List;

/**
 * What the event heads read about a sentence: its encoder vector, then one cell per sub-event type that the trigger
 * lexicon finds in it, then (in heads trained with them) its lemmas hashed into a few hundred cells, which keep the
 * telling words ("stones", "tear gas") that a sentence vector blurs. The lexicon is evidence the heads may weigh,
 * never a decision of its own. The screening head reads, instead of the vector, the sentence's lemmas hashed into
 * {@link #WORD_CELLS} cells.
 */
public final class EventFeatures {

    /** Hash cells for lemmas; collisions cost little at this size for a few thousand distinct words. */
    public static final int WORD_CELLS = 2048;
    /** Value of a lexicon cell in new heads: large beside the encoder's components, so a modest weight acts on it. */
    public static final double TRIGGER_WEIGHT = 1.0;
    /** Value of a lemma cell in the heads: small, as a sentence has a dozen of them beside one unit-length vector. */
    public static final double WORD_WEIGHT = 0.25;

    private final TriggerLexicon lexicon;
    private final List<String> triggerTypes;
    private final double triggerWeight;
    private final int wordCells;

    /**
     * Features whose lexicon cells stand for {@code triggerTypes}, sub-event types spelled as ACLED spells them, and
     * take {@code triggerWeight} when their trigger is there, followed by {@code wordCells} hashed lemma cells (0 for
     * none; else a divisor of {@link #WORD_CELLS}).
     */
    public EventFeatures(List<String> triggerTypes, double triggerWeight, int wordCells) {
        if (wordCells < 0 || wordCells > 0 && WORD_CELLS % wordCells != 0) {
            throw new IllegalArgumentException("word cells must divide " + WORD_CELLS + ": " + wordCells);
        }
        this.lexicon = new TriggerLexicon();
        this.triggerTypes = List.copyOf(triggerTypes);
        this.triggerWeight = triggerWeight;
        this.wordCells = wordCells;
    }

    public int wordCells() {
        return wordCells;
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
        return of(vector, lexical(tokens));
    }

    /** The features of a sentence for the heads, from its vector and its {@link #lexical} features. */
    public double[] of(float[] vector, double[] lexical) {
        double[] x = new double[vector.length + triggerTypes.size() + wordCells];
        for (int i = 0; i < vector.length; i++) {
            x[i] = vector[i];
        }
        System.arraycopy(lexical, WORD_CELLS, x, vector.length, triggerTypes.size());
        int words = vector.length + triggerTypes.size();
        for (int i = 0; i < WORD_CELLS && wordCells > 0; i++) {
            if (lexical[i] != 0) {
                x[words + i % wordCells] = WORD_WEIGHT; // floorMod(h, 2048) mod n is floorMod(h, n) for n | 2048
            }
        }
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
