package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Only sentences with a date word or a number are worth SUTime's time. */
class DateCuesTest {

    private final DateCues cues = new DateCues();

    private static List<CoreLabel> tokens(String text) {
        List<CoreLabel> out = new ArrayList<>();
        for (String word : text.split(" ")) {
            CoreLabel t = new CoreLabel();
            t.setWord(word);
            t.setLemma(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
            out.add(t);
        }
        return out;
    }

    @Test
    void monthsDaysRelativeWordsUnitsAndNumbersAreCues() {
        assertThat(cues.anyIn(tokens("warplanes struck on Sunday"))).isTrue();
        assertThat(cues.anyIn(tokens("the raid of Sept. last"))).isTrue();
        assertThat(cues.anyIn(tokens("shelling resumed yesterday"))).isTrue();
        assertThat(cues.anyIn(tokens("two weeks ago the town fell"))).isTrue();
        assertThat(cues.anyIn(tokens("fighting since mid-2015"))).isTrue();
        assertThat(cues.anyIn(tokens("the raid of 21/02/2016"))).isTrue();
        assertThat(cues.anyIn(tokens("on the 21st the town fell"))).isTrue();
    }

    @Test
    void aSentenceWithNoneNotEvenADateLikeNumberIsSkipped() {
        assertThat(cues.anyIn(tokens("artillery shelled the eastern districts of Aleppo"))).isFalse();
        assertThat(cues.anyIn(tokens("the strike killed 30 people and wounded 1,200"))).isFalse();
    }
}
