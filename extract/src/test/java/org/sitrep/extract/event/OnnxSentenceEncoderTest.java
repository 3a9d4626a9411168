package org.sitrep.extract.event;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OnnxSentenceEncoderTest {

    @Test
    void aSentenceGetsTheSameVectorWhateverIsEncodedBesideIt() {
        OnnxSentenceEncoder encoder = OnnxSentenceEncoder.load(OnnxSentenceEncoder.Model.of("all-minilm-l6-v2-q"));
        String sentence = "Militiamen burned two granaries outside the market town of Kereba on Sunday, residents said.";
        float[] alone = encoder.encode(sentence);
        List<float[]> together = encoder.encodeAll(List.of(
                "The finance minister is due to present the budget to parliament next week.",
                sentence,
                "Rain."));
        assertThat(together.get(1)).containsExactly(alone);
        double norm = 0;
        for (float x : alone) {
            norm += x * x;
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
}
