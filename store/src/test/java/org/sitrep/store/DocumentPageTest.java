package org.sitrep.store;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.DocDate;
import org.sitrep.model.Document;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Document lists paged, sorted and filtered in the database, alike on both back ends. */
class DocumentPageTest {

    @TempDir
    Path dir;

    /** Seven reports by two publishers and one undated note without a publisher. */
    private static void fill(EvidenceStore store) {
        store.inTransaction(tx -> {
            tx.insertSourceFile(new SourceFile("/wire.txt", "e".repeat(64), 1, "text/plain", 8), "test", Instant.EPOCH);
            for (int i = 0; i < 8; i++) {
                DocDate date = i == 7 ? DocDate.UNKNOWN
                        : DocDate.fromText(LocalDate.of(2016, 1, 1).plusDays(i * 10L), DocDate.Precision.DAY);
                String title = i == 7 ? "Undated note" : "Report " + (char) ('A' + i) + (i % 2 == 0 ? " on shelling" : " on 50%_aid");
                Document d = Document.of(title, date, "text/plain", "Body of report number " + i + ".");
                tx.insertDocumentIfAbsent(d, "test", Instant.EPOCH);
                tx.insertDocumentSource(new DocumentSource("/wire.txt", i, d.id(), i * 100));
                if (i < 7) {
                    tx.recordPublisher(d.id(), i < 4 ? "Northern Courier" : "Delta Monitor", null, null);
                }
            }
            return null;
        });
    }

    private static List<String> titles(Page<DocumentRow> page) {
        List<String> out = new ArrayList<>();
        page.items().forEach(r -> out.add(r.title()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void pagesInDateOrderWithTheTotal(String backend) {
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            fill(store);
            Page<DocumentRow> first = store.documentPage(new DocumentQuery(null, null, null, null,
                    DocumentQuery.Sort.DATE_DESC, 3, 0));
            assertThat(first.total()).isEqualTo(8);
            assertThat(titles(first)).containsExactly("Report G on shelling", "Report F on 50%_aid", "Report E on shelling");
            Page<DocumentRow> last = store.documentPage(new DocumentQuery(null, null, null, null,
                    DocumentQuery.Sort.DATE_DESC, 3, 6));
            assertThat(titles(last)).as("undated last").containsExactly("Report A on shelling", "Undated note");
            assertThat(last.items().get(0).publisher()).isEqualTo("Northern Courier");
            assertThat(last.items().get(0).length()).isEqualTo("Body of report number 0.".length());

            Page<DocumentRow> oldest = store.documentPage(new DocumentQuery(null, null, null, null,
                    DocumentQuery.Sort.DATE_ASC, 2, 0));
            assertThat(titles(oldest)).containsExactly("Report A on shelling", "Report B on 50%_aid");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void filtersByPublisherDatesAndWordsTakenLiterally(String backend) {
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            fill(store);
            Page<DocumentRow> delta = store.documentPage(new DocumentQuery("Delta Monitor", null, null, null,
                    DocumentQuery.Sort.TITLE_ASC, 10, 0));
            assertThat(titles(delta)).containsExactly("Report E on shelling", "Report F on 50%_aid", "Report G on shelling");

            Page<DocumentRow> january = store.documentPage(new DocumentQuery(null, LocalDate.of(2016, 1, 11),
                    LocalDate.of(2016, 1, 30), null, DocumentQuery.Sort.DATE_ASC, 10, 0));
            assertThat(titles(january)).containsExactly("Report B on 50%_aid", "Report C on shelling");

            Page<DocumentRow> words = store.documentPage(new DocumentQuery(null, null, null, "SHELLING courier",
                    DocumentQuery.Sort.DATE_ASC, 10, 0));
            assertThat(titles(words)).as("every word, in title or publisher")
                    .containsExactly("Report A on shelling", "Report C on shelling");
            assertThat(words.total()).isEqualTo(2);

            Page<DocumentRow> wildcards = store.documentPage(new DocumentQuery(null, null, null, "0%_",
                    DocumentQuery.Sort.DATE_ASC, 10, 0));
            assertThat(wildcards.total()).as("%% and _ are letters, not wildcards").isEqualTo(3);
            assertThat(store.documentPage(new DocumentQuery(null, null, null, "%", DocumentQuery.Sort.DATE_ASC, 10, 0))
                    .total()).isEqualTo(3);

            Page<DocumentRow> byPublisher = store.documentPage(new DocumentQuery(null, null, null, null,
                    DocumentQuery.Sort.PUBLISHER_ASC, 10, 0));
            assertThat(byPublisher.items()).extracting(DocumentRow::publisher).containsExactly("Delta Monitor",
                    "Delta Monitor", "Delta Monitor", "Northern Courier", "Northern Courier", "Northern Courier",
                    "Northern Courier", null);

            assertThat(store.publishers()).containsExactly(new PublisherCount("Northern Courier", 4),
                    new PublisherCount("Delta Monitor", 3));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2})
    void refusesPagesItCannotServe(String backend) {
        assertThatThrownBy(() -> new DocumentQuery(null, null, null, null, null, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentQuery.Sort.parse("length")).hasMessageContaining("sort is one of");
        assertThat(DocumentQuery.Sort.parse("-publisher")).isEqualTo(DocumentQuery.Sort.PUBLISHER_DESC);
    }
}
