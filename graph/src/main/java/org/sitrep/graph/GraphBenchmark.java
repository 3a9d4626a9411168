package org.sitrep.graph;

import org.sitrep.store.EvidenceStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Measures network queries on a synthetic graph: {@code entities} parties joined by {@code links} links, a few
 * hubs that collect a fifth of all links (as real networks have: states, armed groups), and 1% of parties designated.
 * Reports latency percentiles of 2-hop exposure and 4-hop path queries from random parties.
 */
public final class GraphBenchmark {

    /**
     * @param entities parties to create
     * @param links    links to create
     * @param queries  measured queries of each kind (after a warm-up of a tenth as many)
     * @param seed     random seed, so runs are repeatable
     */
    public record Settings(int entities, int links, int queries, long seed) {
    }

    private static final String[] TYPES = {"ownership", "associate", "membership", "employment", "supply",
            "subcontractor", "leadership", "alliance"};

    private GraphBenchmark() {
    }

    /** Fills an empty store with the synthetic graph; {@code progress} hears how many rows are written. */
    public static void populate(EvidenceStore store, Settings s, IntConsumer progress) {
        SplittableRandom random = new SplittableRandom(s.seed());
        OffsetDateTime now = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        int hubs = Math.max(1, s.entities() / 1000);
        int chunk = 50_000;
        for (int from = 0; from < s.entities(); from += chunk) {
            int start = from;
            int end = Math.min(s.entities(), from + chunk);
            store.inTransaction(tx -> {
                Connection c = tx.connection();
                try (PreparedStatement entity = c.prepareStatement(
                        "INSERT INTO entity (id, schema_name, caption, created_at) VALUES (?,?,?,?)");
                     PreparedStatement listed = c.prepareStatement("INSERT INTO statement (id, entity_id, schema_name,"
                             + " prop, prop_value, dataset, list_id, record_id, origin, recorded_at)"
                             + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                    for (int i = start; i < end; i++) {
                        entity.setString(1, "e" + i);
                        entity.setString(2, i % 3 == 0 ? "Person" : "Company");
                        entity.setString(3, "Party " + i);
                        entity.setObject(4, now);
                        entity.addBatch();
                        if (i % 100 == 7) {
                            listed.setString(1, "s" + i);
                            listed.setString(2, "e" + i);
                            listed.setString(3, "Company");
                            listed.setString(4, "name");
                            listed.setString(5, "PARTY " + i);
                            listed.setString(6, "synthetic-list");
                            listed.setString(7, "synthetic-list");
                            listed.setString(8, String.valueOf(i));
                            listed.setString(9, "bench");
                            listed.setObject(10, now);
                            listed.addBatch();
                        }
                    }
                    entity.executeBatch();
                    listed.executeBatch();
                }
                return null;
            });
            progress.accept(end);
        }
        for (int from = 0; from < s.links(); from += chunk) {
            int start = from;
            int end = Math.min(s.links(), from + chunk);
            store.inTransaction(tx -> {
                try (PreparedStatement link = tx.connection().prepareStatement("INSERT INTO link (id, link_type,"
                        + " subject_id, object_id, modality, list_id, record_id, origin, recorded_at)"
                        + " VALUES (?,?,?,?,?,?,?,?,?)")) {
                    for (int i = start; i < end; i++) {
                        int subject = random.nextInt(s.entities());
                        int object = random.nextInt(5) == 0 ? random.nextInt(hubs) : random.nextInt(s.entities());
                        link.setString(1, "l" + i);
                        link.setString(2, TYPES[random.nextInt(TYPES.length)]);
                        link.setString(3, "e" + subject);
                        link.setString(4, "e" + object);
                        link.setString(5, "asserted");
                        link.setString(6, "synthetic-list");
                        link.setString(7, "l" + i);
                        link.setString(8, "bench");
                        link.setObject(9, now);
                        link.addBatch();
                    }
                    link.executeBatch();
                }
                return null;
            });
            progress.accept(s.entities() + end);
        }
    }

    /** Runs the queries on a populated store and returns the figures (milliseconds). */
    public static Map<String, Object> measure(EvidenceStore store, Settings s) {
        LinkGraph graph = new LinkGraph(store);
        SplittableRandom random = new SplittableRandom(s.seed() + 1);
        int warmup = Math.max(1, s.queries() / 10);
        double[] exposure = new double[s.queries()];
        double[] paths = new double[s.queries()];
        long reached = 0;
        long found = 0;
        for (int i = -warmup; i < s.queries(); i++) {
            String a = "e" + random.nextInt(s.entities());
            String b = "e" + random.nextInt(s.entities());
            long t0 = System.nanoTime();
            int exposed = graph.exposure(a, 2).size();
            long t1 = System.nanoTime();
            int pathCount = graph.paths(a, b, 4, 5).size();
            long t2 = System.nanoTime();
            if (i >= 0) {
                exposure[i] = (t1 - t0) / 1e6;
                paths[i] = (t2 - t1) / 1e6;
                reached += exposed;
                found += pathCount > 0 ? 1 : 0;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entities", s.entities());
        m.put("links", s.links());
        m.put("queries", s.queries());
        m.put("exposure_2hop_p50_ms", percentile(exposure, 50));
        m.put("exposure_2hop_p95_ms", percentile(exposure, 95));
        m.put("exposure_2hop_p99_ms", percentile(exposure, 99));
        m.put("exposure_2hop_mean_designated_found", (double) reached / s.queries());
        m.put("paths_4hop_p50_ms", percentile(paths, 50));
        m.put("paths_4hop_p95_ms", percentile(paths, 95));
        m.put("paths_4hop_p99_ms", percentile(paths, 99));
        m.put("paths_4hop_share_connected", (double) found / s.queries());
        return m;
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static void checkEmpty(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM link")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("the benchmark needs an empty store");
            }
        }
    }
}
