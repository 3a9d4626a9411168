package org.sitrep.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.DocumentQuery;
import org.sitrep.store.DocumentRow;
import org.sitrep.store.EvidenceStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's workspace grows by exactly the documents asked for, spread over dates and publishers. */
class BenchCorpusTest {

    @TempDir
    Path dir;

    @Test
    void repeatsTheArticlesOnOtherDatesUntilTheCountIsReached() throws Exception {
        Path csv = dir.resolve("articles.csv");
        Files.writeString(csv, "title,text,subject,date\n"
                + "Ferry service resumes,\"The ferry crossed the strait again on Monday, officials said.\",news,2017\n"
                + "Grain convoy delayed,\"A convoy of grain trucks waited at the checkpoint for a second day.\",news,2017\n"
                + "Port reopens,\"Dock workers returned as the port reopened after the storm.\",news,2017\n");
        try (EvidenceStore store = EvidenceStore.embedded(dir.resolve("db"))) {
            assertThat(BenchCorpus.addDocuments(store, csv, 10)).isEqualTo(10);
            List<DocumentRow> rows = store.documentPage(DocumentQuery.all(50)).items();
            assertThat(rows).hasSize(10);
            assertThat(rows.stream().map(r -> r.date().isoValue()).distinct().count()).isEqualTo(10);
            assertThat(store.publishers().size()).isGreaterThan(2);
            assertThat(rows).extracting(DocumentRow::title).contains("Ferry service resumes", "Port reopens");
        }
    }
}
