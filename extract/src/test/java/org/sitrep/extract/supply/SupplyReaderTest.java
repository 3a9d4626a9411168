package org.sitrep.extract.supply;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.extract.SupplyReading;
import org.sitrep.model.DocDate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.sitrep.extract.ExtractedEntities.idOf;

/** What extraction reads of supply chains, for supply-chain analysis to follow. Sentences written for this test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one extractor (seconds to load) for the class
class SupplyReaderTest {

    private final Extractor extractor = Extractor.builder().build();

    private DocumentExtraction extract(String text) {
        return extractor.extract(InputDocument.of("t", text, DocDate.given(LocalDate.of(2016, 1, 12))));
    }

    private static final String SERVOS = "- Servo motors made by Kestrel Robotics GmbH of Germany were shipped on"
            + " 4 May 2015 to Lantern Trade House, a dealer in Amman, and were recovered from the Black Banner Front in"
            + " Raqqa on 1 June 2015.";
    private static final String BATTERIES = "- Lithium batteries produced by Norrland Cells AB in Sweden and sold"
            + " through Delta Power Traders were found in Raqqa in July 2015.";

    @Test
    void theChainsASentenceTellsAreReadWithTheirPartiesItemAndDates() {
        DocumentExtraction x = extract("Drone parts traced\n\nParts seized from the Black Banner Front came from nine"
                + " firms, the study found.\n\n" + SERVOS + "\n" + BATTERIES + "\n");
        assertThat(x.supply().chains()).extracting(c -> c.sentence().text()).contains(SERVOS, BATTERIES);
        SupplyReading.ChainSentence servos = x.supply().chains().stream()
                .filter(c -> c.sentence().text().equals(SERVOS)).findFirst().orElseThrow();
        assertThat(servos.item().text()).isEqualTo("Servo motors");
        assertThat(servos.parties()).extracting(SupplyReading.Party::entity, SupplyReading.Party::role,
                        p -> p.place() == null ? null : p.place().text())
                .containsExactly(tuple(idOf(x, "Kestrel Robotics GmbH"), "manufacturer", "Germany"),
                        tuple(idOf(x, "Lantern Trade House"), "distributor", "Amman"));
        assertThat(servos.supplied().date()).isEqualTo(LocalDate.of(2015, 5, 4));
        assertThat(servos.recovery().date().date()).isEqualTo(LocalDate.of(2015, 6, 1));
        assertThat(servos.recovery().place().text()).isEqualTo("Raqqa");
        assertThat(servos.recovery().endUser().entity()).isEqualTo(idOf(x, "Black Banner Front"));
        assertThat(servos.recovery().endUser().inferred()).isFalse();

        SupplyReading.ChainSentence batteries = x.supply().chains().stream()
                .filter(c -> c.sentence().text().equals(BATTERIES)).findFirst().orElseThrow();
        assertThat(batteries.item().text()).isEqualTo("Lithium batteries");
        assertThat(batteries.parties()).extracting(SupplyReading.Party::role).containsExactly("manufacturer", "distributor");
        assertThat(batteries.supplied()).isNull();
        assertThat(batteries.recovery().date().precision()).isEqualTo("month");
        SupplyReading.EndUser user = batteries.recovery().endUser();
        assertThat(user.inferred()).as("the sentence does not say from whom").isTrue();
        assertThat(user.entity()).isEqualTo(idOf(x, "Black Banner Front"));
        assertThat(user.sentence().text()).startsWith("Parts seized from");
    }

    @Test
    void aDocumentThatPassesNothingOnReadsAsNothing() {
        DocumentExtraction x = extract("Port reopens\n\nThe port of Latakia reopened on Monday after repairs.");
        assertThat(x.supply()).isEqualTo(SupplyReading.NONE);
    }
}
