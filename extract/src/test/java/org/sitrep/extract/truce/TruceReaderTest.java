package org.sitrep.extract.truce;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.extract.TruceReading;
import org.sitrep.model.DocDate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.extract.ExtractedEntities.idOf;
import static org.assertj.core.groups.Tuple.tuple;

/** What extraction reads of a truce, for the ceasefire monitor to count. Sentences written for this test. */
class TruceReaderTest {

    private static Extractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = Extractor.builder().build();
    }

    private static DocumentExtraction extract(String text) {
        return extractor.extract(InputDocument.of("t", text, DocDate.given(LocalDate.of(2016, 3, 4))));
    }

    @Test
    void countsTheirSidesAndTheAgreementsPartiesAreRead() {
        DocumentExtraction x = extract("Ceasefire log\n\nThe Northern Monitoring Group said it had logged 12 violations"
                + " by rebel brigades on March 3. The Hama Civil Council said army units had broken the truce 7 times on"
                + " March 3. The ceasefire does not apply to Islamic State or the Nusra Front. The truce, brokered by"
                + " the United Nations and Turkey, began at dawn. The council has counted 30 violations since the truce"
                + " began.");
        TruceReading t = x.truce();
        assertThat(t.sentences()).extracting(TruceReading.ViolationSentence::count, TruceReading.ViolationSentence::total)
                .containsExactly(tuple(12, false), tuple(7, false), tuple(30, true));
        assertThat(t.sentences().getFirst().accused()).isEqualTo("rebel brigades");
        assertThat(t.counts()).extracting(TruceReading.ViolationCount::reporter, TruceReading.ViolationCount::count,
                        TruceReading.ViolationCount::accused, TruceReading.ViolationCount::date)
                .contains(tuple(idOf(x, "Northern Monitoring Group"), 12, "rebel brigades", LocalDate.of(2016, 3, 3)),
                        tuple(idOf(x, "Civil Council"), 7, "army units", LocalDate.of(2016, 3, 3)));
        assertThat(t.counts()).allSatisfy(c -> assertThat(c.sentence().text()).contains(c.count() + " "));
        assertThat(t.parties()).filteredOn(p -> p.role().equals("excluded")).extracting(TruceReading.TruceParty::entity)
                .containsExactlyInAnyOrder(idOf(x, "Islamic State"), idOf(x, "Nusra Front"));
        assertThat(t.parties()).filteredOn(p -> p.role().equals("sponsor")).extracting(TruceReading.TruceParty::entity)
                .contains(idOf(x, "Turkey"));
        assertThat(t.parties()).allSatisfy(p -> assertThat(p.sentence().text()).containsAnyOf("ceasefire", "truce"));
    }

    @Test
    void aDocumentThatSaysNothingOfATruceReadsAsNothing() {
        DocumentExtraction x = extract("Port reopens\n\nThe port of Latakia reopened on Monday after repairs.");
        assertThat(x.truce()).isEqualTo(TruceReading.NONE);
    }
}
