package org.sitrep.store;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.model.Provenance;
import org.sitrep.model.Span;
import org.sitrep.model.Statement;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceStoreTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void storesDocumentsWithEverySourceAndPassage(String backend) {
        Document doc = Document.of("Strikes hit Tal Rifaat", new DocDate(LocalDate.of(2016, 2, 5),
                DocDate.Precision.DAY, DocDate.Source.TEXT), "text/plain", "Air raids killed at least 23 people. ✓ 𝔸");
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            store.inTransaction(tx -> {
                tx.insertSourceFile(new SourceFile("/a.txt", "a".repeat(64), 10, "text/plain", 1), "test", NOW);
                tx.insertSourceFile(new SourceFile("/b.txt", "b".repeat(64), 10, "text/plain", 1), "test", NOW);
                assertThat(tx.insertDocumentIfAbsent(doc, "test", NOW)).isTrue();
                assertThat(tx.insertDocumentIfAbsent(doc, "test", NOW)).isFalse();
                tx.insertDocumentSource(new DocumentSource("/a.txt", 0, doc.id(), 0));
                tx.insertDocumentSource(new DocumentSource("/b.txt", 0, doc.id(), 120));
                tx.insertPassages(doc.id(), List.of(new StoreTransaction.Passage(0, 10, "f".repeat(64))));
                return null;
            });
            assertThat(store.document(doc.id())).contains(doc);
            assertThat(store.sourcesOf(doc.id())).extracting(DocumentSource::path).containsExactly("/a.txt", "/b.txt");
            StoreStatus status = store.status();
            assertThat(status.documents()).isEqualTo(1);
            assertThat(status.documentsWithSeveralSources()).isEqualTo(1);

            store.inTransaction(tx -> {
                tx.removeSourceFile("/a.txt");
                return null;
            });
            assertThat(store.document(doc.id())).as("still found in b.txt").isPresent();
            store.inTransaction(tx -> {
                tx.removeSourceFile("/b.txt");
                return null;
            });
            assertThat(store.document(doc.id())).as("found nowhere any more").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void aFailedTransactionLeavesNothingBehind(String backend) {
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            assertThatThrownBy(() -> store.inTransaction(tx -> {
                tx.insertSourceFile(new SourceFile("/c.txt", "c".repeat(64), 1, "text/plain", 1), "test", NOW);
                throw new IllegalStateException("the reader failed half-way");
            })).hasMessageContaining("half-way");
            assertThat(store.sourceFile("/c.txt")).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void everyStatementCarriesItsEvidence(String backend) {
        Document doc = Document.of(null, DocDate.UNKNOWN, "text/plain", "George Haswani owns Hesco.");
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            int inserted = store.inTransaction(tx -> {
                tx.insertSourceFile(new SourceFile("/d.txt", "d".repeat(64), 1, "text/plain", 1), "test", NOW);
                tx.insertDocumentIfAbsent(doc, "test", NOW);
                tx.insertDocumentSource(new DocumentSource("/d.txt", 0, doc.id(), 0));
                tx.ensureEntity("p-haswani", "Person", "George Haswani", NOW);
                Statement fromText = new Statement("p-haswani", "Person", "name", "George Haswani", "documents",
                        new Provenance.FromText(doc.id(), Span.of(doc.text(), 0, 14), "extract/test", NOW));
                Statement fromList = new Statement("p-haswani", "Person", "name", "HASWANI, George", "us-ofac-sdn",
                        new Provenance.FromList("us-ofac-sdn", "19954", "lists/test", NOW));
                return tx.insertStatements(List.of(fromText, fromList, fromText));
            });
            assertThat(inserted).as("the repeated statement is stored once").isEqualTo(2);
            assertThat(store.status().statements()).isEqualTo(2);

            assertThatThrownBy(() -> store.inTransaction(tx -> {
                try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO statement (id, entity_id,"
                        + " schema_name, prop, prop_value, dataset, origin, recorded_at) VALUES"
                        + " ('x', 'p', 'Person', 'name', 'v', 'd', 'o', CURRENT_TIMESTAMP)")) {
                    ps.executeUpdate();
                }
                return null;
            })).as("a fact without evidence is refused by the schema").isInstanceOf(StoreException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void listsEveryNameOfEveryPartyWithItsLinkCount(String backend) {
        Document doc = Document.of(null, DocDate.UNKNOWN, "text/plain", "Nadia Rahal runs Kestrel Freight.");
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            store.inTransaction(tx -> {
                tx.insertSourceFile(new SourceFile("/n.txt", "9".repeat(64), 1, "text/plain", 1), "test", NOW);
                tx.insertDocumentIfAbsent(doc, "test", NOW);
                tx.insertDocumentSource(new DocumentSource("/n.txt", 0, doc.id(), 0));
                tx.ensureEntity("p-rahal", "Person", "Nadia Rahal", NOW);
                tx.ensureEntity("c-kestrel", "Company", "Kestrel Freight", NOW);
                tx.insertStatements(List.of(new Statement("p-rahal", "Person", "alias", "N. Rahal", "documents",
                        new Provenance.FromText(doc.id(), Span.of(doc.text(), 0, 11), "test", NOW))));
                tx.insertLinks(List.of(new org.sitrep.model.Link("l1", "leadership", "p-rahal", "c-kestrel", "asserted",
                        null, new Provenance.FromText(doc.id(), Span.of(doc.text(), 0, 32), "test", NOW))));
                return null;
            });
            assertThat(store.partyNames()).containsExactly(
                    new PartyName("c-kestrel", "Company", "Kestrel Freight", "Kestrel Freight", 1),
                    new PartyName("p-rahal", "Person", "Nadia Rahal", "N. Rahal", 1),
                    new PartyName("p-rahal", "Person", "Nadia Rahal", "Nadia Rahal", 1));
        }
    }
}
