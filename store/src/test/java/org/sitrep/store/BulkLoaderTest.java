package org.sitrep.store;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The COPY bulk load on the real PostgreSQL (skipped without one). */
class BulkLoaderTest {

    private static final String TEXT = "Ahmad Example, a trader, was named on a list, the ministry said.";
    private static final String DOC = org.sitrep.model.Hashing.sha256(TEXT);

    @Test
    void aBatchLoadsOnceAndItsDocumentsAreNoLongerPending() {
        try (EvidenceStore store = EvidenceStore.open(TestStores.freshPostgresSchemaUrl(), null, null)) {
            BulkLoader loader = new BulkLoader("test/1");
            Instant now = Instant.parse("2026-01-02T03:04:05Z");
            BulkLoader.Batch batch = new BulkLoader.Batch(
                    List.of(new BulkLoader.DocumentRow(DOC, "A \"quoted\" title, with commas", LocalDate.of(2016, 2, 1),
                            "day", "given", "text/plain", TEXT)),
                    List.of(new BulkLoader.EntityRow("e-1", "Person", "Ahmad Example")),
                    List.of(new BulkLoader.KeyRow("person|ahmad example", "e-1")),
                    List.of(new BulkLoader.MentionRow("s1", "e-1", "Person", "Ahmad Example", DOC, 0, 13)),
                    List.of(new BulkLoader.ClaimRow(DOC.substring(0, 16) + ":c1", DOC, null, "the ministry", 57, 61,
                            0, 48, "asserts", null, null, null, null, null)),
                    List.of(), List.of(), List.of());

            Map<String, Integer> first = store.inTransaction(tx -> loader.load(tx.connection(), batch, now));
            assertThat(first).containsEntry("document", 1).containsEntry("statement", 1).containsEntry("claim", 1)
                    .containsEntry("document_extraction", 1);
            assertThat(store.document(DOC)).get().satisfies(d -> {
                assertThat(d.text()).isEqualTo(TEXT);
                assertThat(d.title()).isEqualTo("A \"quoted\" title, with commas");
            });
            java.util.Set<String> pending = store.inTransaction(tx -> loader.pending(tx.connection(), List.of(DOC, "other")));
            assertThat(pending).containsExactly("other");
            Map<String, String> owners = store.inTransaction(tx -> loader.keyOwners(tx.connection(),
                    List.of("person|ahmad example")));
            assertThat(owners).containsEntry("person|ahmad example", "e-1");

            Map<String, Integer> again = store.inTransaction(tx -> loader.load(tx.connection(), batch, now));
            assertThat(again.values()).allMatch(n -> n == 0);
        }
    }
}
