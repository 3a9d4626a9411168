package org.sitrep.resolve;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.SupplyReading;
import org.sitrep.extract.TruceReading;
import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.model.Span;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.TestStores;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.resolve.StoredRows.at;
import static org.sitrep.resolve.StoredRows.one;
import static org.sitrep.resolve.StoredRows.rows;

/** What extraction read of supply chains is stored on knowledge-base entities, and follows them through merges. */
class SupplyReadingsTest {

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void chainSentencesAndTheirPartiesAreStoredWithTheirSpans(String backend, @TempDir Path dir) {
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            ExtractionWriter writer = new ExtractionWriter(new NameKeys(), "test-extract/1");
            Span sentence = Span.of(TEXT, 0, TEXT.indexOf(" Flares"));
            Span recoverySentence = Span.of(TEXT, TEXT.indexOf("Flares"), TEXT.length());
            Span orvik = at(TEXT, "Orvik Pyrotechnics");
            Span norway = at(TEXT, "Norway");
            Span harbour = at(TEXT, "Harbour Gear Ltd");
            Span harbourAgain = at(TEXT, "Harbour Gear Ltd", harbour.end());
            Span redHand = at(TEXT, "Red Hand");
            // two document entities that are one company in the knowledge base (the same name)
            SupplyReading supply = new SupplyReading(List.of(new SupplyReading.ChainSentence(sentence,
                    at(TEXT, "Signal flares"), List.of(new SupplyReading.Party("e1", "manufacturer", orvik, norway),
                            new SupplyReading.Party("e3", "distributor", harbour, null),
                            new SupplyReading.Party("e4", "supplier", harbourAgain, null)),
                    new SupplyReading.Dated(LocalDate.of(2015, 5, 1), "month", at(TEXT, "May 2015")),
                    new SupplyReading.Recovery(at(TEXT, "seized"), null, null,
                            new SupplyReading.EndUser("e5", redHand, recoverySentence, true)))));
            written(store, writer, TEXT, List.of(
                    new Entity("e1", EntityType.COMPANY, "Orvik Pyrotechnics", List.of(), List.of(orvik), List.of()),
                    new Entity("e2", EntityType.COUNTRY, "Norway", List.of(), List.of(norway), List.of()),
                    new Entity("e3", EntityType.COMPANY, "Harbour Gear Ltd", List.of(), List.of(harbour), List.of()),
                    new Entity("e4", EntityType.COMPANY, "Harbour Gear Ltd", List.of(), List.of(harbourAgain), List.of()),
                    new Entity("e5", EntityType.ARMED_GROUP, "Red Hand", List.of(), List.of(redHand), List.of())), supply);
            written(store, writer, OTHER, List.of(new Entity("e1", EntityType.ARMED_GROUP, "Red Hand Militia", List.of(),
                    List.of(at(OTHER, "Red Hand Militia")), List.of())), SupplyReading.NONE);

            String orvikId = one(store, "SELECT DISTINCT entity_id FROM statement WHERE prop_value = 'Orvik Pyrotechnics'");
            String harbourId = one(store, "SELECT DISTINCT entity_id FROM statement WHERE prop_value = 'Harbour Gear Ltd'");
            String redHandId = one(store, "SELECT DISTINCT entity_id FROM statement WHERE prop_value = 'Red Hand'");
            String militia = one(store, "SELECT DISTINCT entity_id FROM statement WHERE prop_value = 'Red Hand Militia'");
            assertThat(rows(store, "SELECT span_start, span_end, item, item_start, supplied_date, supplied_precision,"
                    + " recovery_start, recovered_precision, recovered_place FROM supply_sentence"))
                    .containsExactly(List.of("0", "" + sentence.end(), "Signal flares", "0", "2015-05-01", "month",
                            "" + TEXT.indexOf("seized"), "unknown", "null"));
            assertThat(rows(store, "SELECT party_index, entity_id, role, place, name_start, evidence_start,"
                    + " CASE WHEN inferred THEN 'inferred' ELSE 'named' END FROM supply_party ORDER BY party_index"))
                    .as("the two document entities that are one company are one party, where first named")
                    .containsExactly(
                            List.of("0", orvikId, "manufacturer", "Norway", "" + orvik.start(), "0", "named"),
                            List.of("1", harbourId, "distributor", "null", "" + harbour.start(), "0", "named"),
                            List.of("2", redHandId, "end_user", "null", "" + redHand.start(),
                                    "" + recoverySentence.start(), "inferred"));

            new EntityDecisions(store).merge(militia, redHandId, "one militia", "analyst");
            assertThat(one(store, "SELECT entity_id FROM supply_party WHERE role = 'end_user'")).isEqualTo(militia);
        }
    }

    /** The chain's sentence comes first; whom the flares were seized from only the next sentence says. */
    private static final String TEXT = "Signal flares made by Orvik Pyrotechnics of Norway were sold through Harbour"
            + " Gear Ltd in May 2015; Harbour Gear Ltd says they were seized in a raid. Flares were recovered from Red Hand"
            + " camps.";
    private static final String OTHER = "The Red Hand Militia held the pass.";

    /** Stores {@code text} as a document and writes its extraction: these entities and this supply reading. */
    private static void written(EvidenceStore store, ExtractionWriter writer, String text, List<Entity> entities,
                                SupplyReading supply) {
        Document doc = Document.of(text.substring(0, 10), DocDate.UNKNOWN, "text/plain", text);
        store.inTransaction(tx -> {
            tx.insertDocumentIfAbsent(doc, "test", Instant.EPOCH);
            writer.write(tx, doc.id(), new DocumentExtraction(doc.id(), 0, doc.title(), DocDate.UNKNOWN, entities,
                    List.of(), List.of(), List.of(), List.of(), TruceReading.NONE, supply), Instant.EPOCH);
            return null;
        });
    }
}
