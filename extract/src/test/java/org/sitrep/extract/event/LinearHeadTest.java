package org.sitrep.extract.event;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinearHeadTest {

    @Test
    void theLastClassIsTheReferenceAndProbabilitiesSumToOne() {
        // two features, three classes: rows for "a" and "b", "c" scores 0
        LinearHead head = new LinearHead(List.of("a", "b", "c"), new double[][] {{2, 0, 0}, {0, 0, -1}});
        double[] p = head.probabilities(new double[] {1, 0});
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(LinearHead.argmax(p)).isZero();
        double expectedC = 1 / (Math.exp(2) + Math.exp(-1) + 1);
        assertThat(p[2]).isCloseTo(expectedC, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void largeScoresDoNotOverflow() {
        LinearHead head = new LinearHead(List.of("no", "yes"), new double[][] {{1000, 0}});
        double[] p = head.probabilities(new double[] {1});
        assertThat(p[0]).isEqualTo(1.0);
        assertThat(p[1]).isEqualTo(0.0);
    }

    @Test
    void inputsOfTheWrongLengthAreRefused() {
        LinearHead head = new LinearHead(List.of("no", "yes"), new double[][] {{1, 2, 0}});
        assertThatThrownBy(() -> head.probabilities(new double[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinearHead(List.of("a", "b", "c"), new double[][] {{1, 0}}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shippedHeadsFitTheFeaturesOfTheirEncoder() {
        EventHeads heads = EventHeads.bundled();
        int features = 384 + heads.triggerTypes().size() + heads.wordCells();
        assertThat(heads.occurrence().features()).isEqualTo(features);
        assertThat(heads.subtype().features()).isEqualTo(features);
        assertThat(heads.kind().features()).isEqualTo(features);
        assertThat(heads.screen().features()).isEqualTo(EventFeatures.WORD_CELLS + heads.triggerTypes().size());
        assertThat(heads.threshold()).isBetween(0.05, 0.95);
    }
}
