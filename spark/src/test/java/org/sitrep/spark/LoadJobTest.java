package org.sitrep.spark;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.store.TestStores;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The load job into the real PostgreSQL of {@code ./run-tests} (skipped without one). */
class LoadJobTest {

    private static final List<String> TABLES = List.of("document", "entity", "entity_key", "statement", "claim",
            "link", "event", "event_participant", "document_extraction");

    @RegisterExtension
    static final LocalSpark spark = new LocalSpark();

    static String extracted;
    static long documents;

    @BeforeAll
    static void extract() throws Exception {
        SparkTestSupport.DemoExtraction demo = SparkTestSupport.demoExtraction(spark.session());
        extracted = demo.output();
        documents = demo.report().documents();
    }

    @Test
    void loadingTwiceChangesNothing() throws Exception {
        String url = TestStores.freshPostgresSchemaUrl();
        LoadJob.Report first = new LoadJob(spark.session()).run(options(url, 0, true));
        assertThat(first.loaded()).isEqualTo(documents);
        assertThat(first.rows()).isPositive();
        Map<String, Long> once = counts(url);
        assertThat(once.get("document")).isEqualTo(documents);
        assertThat(once.get("statement")).isPositive();
        assertThat(once.get("event")).isPositive();

        LoadJob.Report second = new LoadJob(spark.session()).run(options(url, 0, true));
        assertThat(second.loaded()).isZero();
        assertThat(second.rows()).isZero();
        assertThat(counts(url)).isEqualTo(once);
    }

    @Test
    void aLoadCutShortResumesAndEndsWhereAWholeLoadEnds() throws Exception {
        String whole = TestStores.freshPostgresSchemaUrl();
        new LoadJob(spark.session()).run(options(whole, 0, false));

        String resumed = TestStores.freshPostgresSchemaUrl();
        // a load killed after its first batches committed: part of the documents, no resolution yet
        LoadJob.Report part = new LoadJob(spark.session()).run(options(resumed, 5, false));
        assertThat(part.loaded()).isEqualTo(5);
        assertThat(counts(resumed).get("document_extraction")).isEqualTo(5);
        LoadJob.Report rest = new LoadJob(spark.session()).run(options(resumed, 0, false));
        assertThat(rest.loaded()).isEqualTo(documents - 5);
        assertThat(counts(resumed)).isEqualTo(counts(whole));
    }

    private static LoadJob.Options options(String url, long limit, boolean resolve) {
        return new LoadJob.Options(extracted, url, null, null, 3, limit, resolve);
    }

    private static Map<String, Long> counts(String url) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String t : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
