package org.sitrep.ingest;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.TestStores;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngestPublisherTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void storesThePublisherWithTheSpanItWasReadFrom(String backend) throws IOException {
        Path wire = Files.writeString(dir.resolve("wire.txt"), IngesterTest.REPORT);
        Path monitor = Files.writeString(dir.resolve("monitor.txt"), "Hospital hit in Idlib\n\nPublished: 2016-02-15\n"
                + "Levant Monitor — Idlib correspondent\n\nA hospital was hit on Monday, killing 11 people.\n");
        Path none = Files.writeString(dir.resolve("none.txt"), "Truce holds\n\nFeb. 28, 2016\n\nThe truce held.\n");
        try (EvidenceStore store = TestStores.open(backend, dir.resolve("db"))) {
            new Ingester(store, IngestOptions.defaults()).ingest(List.of(wire, monitor, none), IngestListener.NONE);
            List<String> rows = store.query(c -> {
                List<String> out = new java.util.ArrayList<>();
                try (var rs = c.createStatement().executeQuery("SELECT title, publisher, publisher_start, publisher_end,"
                        + " text FROM document ORDER BY title")) {
                    while (rs.next()) {
                        String publisher = rs.getString(2);
                        String cut = publisher == null ? "-" : rs.getString(5).substring(rs.getInt(3), rs.getInt(4));
                        out.add(rs.getString(1) + " | " + publisher + " | " + cut);
                    }
                }
                return out;
            });
            assertThat(rows).containsExactly(
                    "Hospital hit in Idlib | Levant Monitor | Levant Monitor",
                    "Shelling hits market in Douma | Sitrep Wire | Sitrep Wire",
                    "Truce holds | null | -");

            // Documents stored before publishers were read get theirs at the next ingest, even of unchanged files.
            store.inTransaction(tx -> tx.connection().createStatement().executeUpdate(
                    "UPDATE document SET publisher = NULL, publisher_start = NULL, publisher_end = NULL,"
                            + " publisher_checked = FALSE"));
            new Ingester(store, IngestOptions.defaults()).ingest(List.of(wire), IngestListener.NONE);
            int named = store.query(c -> {
                try (var rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM document WHERE publisher IS NOT NULL AND publisher_checked")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(named).isEqualTo(2);
        }
    }
}
