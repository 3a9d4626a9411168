package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventFeaturesTest {

    private static List<CoreLabel> tokens(String... lemmas) {
        return java.util.Arrays.stream(lemmas).map(l -> {
            CoreLabel t = new CoreLabel();
            t.setWord(l);
            t.setValue(l);
            t.setLemma(l);
            t.setTag("NN");
            return t;
        }).toList();
    }

    @Test
    void lemmaCellsFollowTheVectorAndTheLexiconCellsWhenAsked() {
        float[] vector = new float[8];
        List<CoreLabel> words = tokens("crowd", "throw", "stone", "at", "police");
        EventFeatures plain = new EventFeatures(EventFeatures.allTriggerTypes(), EventFeatures.TRIGGER_WEIGHT, 0);
        EventFeatures worded = new EventFeatures(EventFeatures.allTriggerTypes(), EventFeatures.TRIGGER_WEIGHT, 256);
        double[] x = plain.of(vector, words);
        double[] y = worded.of(vector, words);
        assertThat(y).hasSize(x.length + 256);
        assertThat(java.util.Arrays.copyOf(y, x.length)).containsExactly(x);
        long set = java.util.Arrays.stream(y, x.length, y.length).filter(v -> v != 0).count();
        assertThat(set).isBetween(1L, 5L);
        // the same words in another order set the same cells
        assertThat(worded.of(vector, tokens("police", "at", "stone", "throw", "crowd"))).containsExactly(y);
    }

    @Test
    void aCellCountThatDoesNotDivideTheHashIsRefused() {
        assertThatThrownBy(() -> new EventFeatures(List.of(), 1.0, 300)).isInstanceOf(IllegalArgumentException.class);
    }
}
