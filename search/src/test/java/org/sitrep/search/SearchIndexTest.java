package org.sitrep.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.store.DocumentSource;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.SourceFile;

import java.nio.file.Path;
import java.util.List;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTest {

    @TempDir
    Path dir;

    private static void store(EvidenceStore store, String path, Document doc) {
        store.inTransaction(tx -> {
            tx.insertSourceFile(new SourceFile(path, "0".repeat(64), 1, "text/plain", 1), "test", Instant.EPOCH);
            tx.insertDocumentIfAbsent(doc, "test", Instant.EPOCH);
            tx.insertDocumentSource(new DocumentSource(path, 0, doc.id(), 0));
            return null;
        });
    }

    @Test
    void findsDocumentsByFoldedWordsAndKeepsInStepWithTheStore() {
        Document hama = Document.of("Shelling in Ḩamāh", DocDate.UNKNOWN, "text/plain",
                "Artillery hit the northern districts of Ḩamāh overnight, residents said.");
        Document raqqa = Document.of("Raqqa convoy", DocDate.UNKNOWN, "text/plain",
                "A convoy left Raqqa for the east on Tuesday, carrying fuel and ammunition.");
        try (EvidenceStore store = EvidenceStore.embedded(dir.resolve("db"));
             SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            store(store, "/a", hama);
            store(store, "/b", raqqa);
            assertThat(index.sync(store)).isEqualTo(2);
            assertThat(index.sync(store)).as("already in step").isZero();

            assertThat(index.search("hamah", 10)).singleElement().satisfies(hit -> {
                assertThat(hit.documentId()).isEqualTo(hama.id());
                assertThat(hit.snippet()).contains("Ḩamāh");
            });
            List<SearchIndex.Hit> bare = index.find("artillery | convoy", 10);
            assertThat(bare).hasSize(2).allSatisfy(hit -> assertThat(hit.snippet()).isEmpty());
            List<SearchIndex.Hit> page = index.withSnippets("artillery | convoy", bare.reversed().subList(0, 1));
            assertThat(page).singleElement().satisfies(hit -> {
                assertThat(hit.documentId()).isEqualTo(bare.getLast().documentId());
                assertThat(hit.snippet()).isNotEmpty();
            });
            assertThat(index.search("convoy -fuel", 10)).isEmpty();
            assertThat(index.search("\"left raqqa\"", 10)).extracting(SearchIndex.Hit::title).containsExactly("Raqqa convoy");

            store.inTransaction(tx -> {
                tx.removeSourceFile("/b");
                return null;
            });
            assertThat(index.sync(store)).isEqualTo(1);
            assertThat(index.search("convoy", 10)).isEmpty();
        }
    }
}
