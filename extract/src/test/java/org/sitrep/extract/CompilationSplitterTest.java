package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DocDate;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompilationSplitterTest {

    private static final String BODY = "Officials in the eastern province said on Tuesday that convoys carrying flour"
            + " had reached two besieged districts for the first time in four months.\n\n"
            + "Aid workers said the deliveries would last no more than a fortnight.\n";

    @Test
    void anUndatedArticleOfACompilationTakesTheMonthOfTheNearestDatedOne() {
        String text = "Aid convoys reach besieged districts in the east\n\n" + BODY
                + "\n***\n\nMonitors log weekend clashes along the river\n\nPublished: 2016-03-14\n\n" + BODY
                + "\n***\n\nTalks resume in Geneva without the armed opposition\n\n" + BODY;
        List<InputDocument> docs = new CompilationSplitter().split("c", text, null);

        assertThat(docs).hasSize(3);
        assertThat(docs.get(1).date()).isEqualTo(DocDate.fromText(LocalDate.of(2016, 3, 14), DocDate.Precision.DAY));
        for (int i : new int[] {0, 2}) {
            assertThat(docs.get(i).date().isoValue()).isEqualTo("2016-03");
            assertThat(docs.get(i).date().precision()).isEqualTo(DocDate.Precision.MONTH);
        }
    }

    @Test
    void aLoneUndatedArticleStaysUndated() {
        List<InputDocument> docs = new CompilationSplitter().split("c", "Convoys reach the east\n\n" + BODY, null);
        assertThat(docs).hasSize(1);
        assertThat(docs.getFirst().date().isKnown()).isFalse();
    }
}
