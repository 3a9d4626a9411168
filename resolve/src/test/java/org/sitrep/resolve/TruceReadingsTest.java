package org.sitrep.resolve;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
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

/** What extraction read of a truce is stored on knowledge-base entities, and follows them through merges. */
class TruceReadingsTest {

    @TempDir
    Path dir;

    private static final String TEXT = "The Valley Council said it had logged 6 violations by militias on May 2."
            + " The deal does not cover the Sand Brigade.";
    private static final String OTHER = "Sand Brigades fighters left the town.";

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void countsAndPartiesAreStoredWithTheirSentences(String backend) {
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            List<Document> docs = StoredRows.documents(store, "one", TEXT, "two", OTHER);
            Document doc = docs.get(0);
            Document other = docs.get(1);
            Span first = Span.of(TEXT, 0, TEXT.indexOf(" The deal"));
            Span second = Span.of(TEXT, TEXT.indexOf("The deal"), TEXT.length());
            Span brigade = at(TEXT, "Sand Brigade");
            TruceReading truce = new TruceReading(
                    List.of(new TruceReading.ViolationSentence(first, 6, "militias", false)),
                    List.of(new TruceReading.ViolationCount(first, "e1", 6, "militias", false, LocalDate.of(2016, 5, 2))),
                    List.of(new TruceReading.TruceParty("e2", "excluded", second, brigade)));
            ExtractionWriter writer = new ExtractionWriter(new NameKeys(), "test-extract/1");
            store.inTransaction(tx -> {
                writer.write(tx, doc.id(), new DocumentExtraction(doc.id(), 0, "one", DocDate.UNKNOWN, List.of(
                        new Entity("e1", EntityType.ORGANIZATION, "Valley Council", List.of(), List.of(at(TEXT, "Valley Council")), List.of()),
                        new Entity("e2", EntityType.ARMED_GROUP, "Sand Brigade", List.of(), List.of(brigade), List.of())),
                        List.of(), List.of(), List.of(), List.of(), truce), Instant.EPOCH);
                writer.write(tx, other.id(), new DocumentExtraction(other.id(), 0, "two", DocDate.UNKNOWN, List.of(
                        new Entity("e1", EntityType.ARMED_GROUP, "Sand Brigades", List.of(), List.of(at(OTHER, "Sand Brigades")),
                                List.of())), List.of(), List.of(), List.of()), Instant.EPOCH);
                return null;
            });
            String council = one(store, "SELECT DISTINCT entity_id FROM statement WHERE prop_value = 'Valley Council'");
            String sand = one(store, "SELECT DISTINCT entity_id FROM statement WHERE prop_value = 'Sand Brigade'");
            String sands = one(store, "SELECT DISTINCT entity_id FROM statement WHERE prop_value = 'Sand Brigades'");
            assertThat(rows(store, "SELECT span_start, span_end, violation_count, accused FROM violation_sentence"))
                    .containsExactly(List.of("0", "" + first.end(), "6", "militias"));
            assertThat(rows(store, "SELECT reporter_entity, violation_count, date_value, span_end FROM violation_count"))
                    .containsExactly(List.of(council, "6", "2016-05-02", "" + first.end()));
            assertThat(rows(store, "SELECT entity_id, role, span_start, name_start FROM agreement_party"))
                    .containsExactly(List.of(sand, "excluded", "" + second.start(), "" + brigade.start()));

            new EntityDecisions(store).merge(sands, sand, "one brigade", "analyst");
            assertThat(one(store, "SELECT entity_id FROM agreement_party")).isEqualTo(sands);
        }
    }
}
