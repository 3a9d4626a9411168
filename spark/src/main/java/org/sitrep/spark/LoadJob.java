package org.sitrep.spark;

import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.sitrep.resolve.KnowledgeBase;
import org.sitrep.store.BulkLoader;
import org.sitrep.store.EvidenceStore;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;

/**
 * {@code sitrep spark load}: an extract job's output into the knowledge base in PostgreSQL. Each task copies its
 * documents in batches ({@link BulkLoader}, one transaction per batch, documents known by the hash of their text),
 * so a second load adds nothing and a load that was killed resumes where its committed batches end; then the driver
 * runs cross-document resolution once over everything loaded.
 */
public final class LoadJob {

    /**
     * @param input     the extract job's output folder (its {@code documents} table)
     * @param jdbcUrl   the knowledge base, {@code jdbc:postgresql://...}
     * @param user      database user, or null when the URL says
     * @param password  database password, or null
     * @param batchSize documents per transaction
     * @param limit     load at most this many documents (in hash order), 0 for all: to load part of an archive first
     * @param resolve   whether to run cross-document resolution afterwards
     */
    public record Options(String input, String jdbcUrl, String user, String password, int batchSize, long limit,
                          boolean resolve) implements Serializable {
    }

    /**
     * @param documents documents in the input (distinct texts)
     * @param loaded    documents newly loaded now
     * @param rows      rows copied into the knowledge base's tables now
     * @param loadMs    wall time of the copy
     * @param resolveMs wall time of resolution
     * @param folds     entities folded by resolution
     */
    public record Report(long documents, long loaded, long rows, long loadMs, long resolveMs, int folds) {
    }

    private final SparkSession spark;

    public LoadJob(SparkSession spark) {
        this.spark = spark;
    }

    public Report run(Options o) {
        if (!o.jdbcUrl().startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the bulk load writes to PostgreSQL (jdbc:postgresql://...), not " + o.jdbcUrl());
        }
        try (EvidenceStore store = EvidenceStore.open(o.jdbcUrl(), o.user(), o.password())) {
            store.status(); // brings the schema up to date once, before the tasks connect
        }
        Dataset<Row> docs = spark.read().parquet(o.input() + "/documents")
                .select(col("document_hash"), col("title"), col("date.value").as("date_value"),
                        col("date.precision").as("date_precision"), col("date.source").as("date_source"),
                        col("media_type"), col("text"), col("extraction"))
                .dropDuplicates("document_hash");
        long documents = docs.count();
        if (o.limit() > 0) {
            docs = docs.orderBy(col("document_hash")).limit((int) Math.min(Integer.MAX_VALUE, o.limit()));
        }
        LongAccumulator loaded = spark.sparkContext().longAccumulator("documents loaded");
        LongAccumulator rows = spark.sparkContext().longAccumulator("rows copied");
        long t0 = System.nanoTime();
        docs.foreachPartition(new LoadPartition(o, KnowledgeBase.EXTRACT_ORIGIN, loaded, rows));
        long t1 = System.nanoTime();
        int folds = 0;
        if (o.resolve()) {
            try (EvidenceStore store = EvidenceStore.open(o.jdbcUrl(), o.user(), o.password())) {
                folds = new KnowledgeBase(store).resolveAcrossDocuments();
            }
        }
        long t2 = System.nanoTime();
        return new Report(documents, loaded.value(), rows.value(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, folds);
    }

    /** One task's share: batches of documents, each copied in a transaction of its own. */
    private static final class LoadPartition implements ForeachPartitionFunction<Row> {
        @Serial
        private static final long serialVersionUID = 1L;

        private final Options options;
        private final String origin;
        private final LongAccumulator loaded;
        private final LongAccumulator rows;

        LoadPartition(Options options, String origin, LongAccumulator loaded, LongAccumulator rows) {
            this.options = options;
            this.origin = origin;
            this.loaded = loaded;
            this.rows = rows;
        }

        @Override
        public void call(Iterator<Row> it) {
            if (!it.hasNext()) {
                return;
            }
            BulkLoader loader = new BulkLoader(origin);
            KnowledgeBaseRows facts = new KnowledgeBaseRows(origin);
            try (EvidenceStore store = EvidenceStore.open(options.jdbcUrl(), options.user(), options.password())) {
                List<KnowledgeBaseRows.Loaded> batch = new ArrayList<>();
                while (it.hasNext()) {
                    Row r = it.next();
                    batch.add(new KnowledgeBaseRows.Loaded(r.getString(0), r.getString(1), r.getString(2),
                            r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7)));
                    if (batch.size() == options.batchSize() || !it.hasNext()) {
                        load(store, loader, facts, batch);
                        batch = new ArrayList<>();
                    }
                }
            }
        }

        private void load(EvidenceStore store, BulkLoader loader, KnowledgeBaseRows facts,
                          List<KnowledgeBaseRows.Loaded> batch) {
            Instant now = Instant.now();
            int[] done = store.inTransaction(tx -> {
                var c = tx.connection();
                Set<String> pending = loader.pending(c, batch.stream().map(KnowledgeBaseRows.Loaded::hash).toList());
                List<KnowledgeBaseRows.Loaded> todo = batch.stream().filter(d -> pending.contains(d.hash())).toList();
                if (todo.isEmpty()) {
                    return new int[] {0, 0};
                }
                Map<String, String> owners = loader.keyOwners(c, facts.keysOf(todo));
                Map<String, Integer> counts = loader.load(c, facts.batch(todo, owners, now), now);
                return new int[] {todo.size(), counts.values().stream().mapToInt(Integer::intValue).sum()};
            });
            loaded.add(done[0]);
            rows.add(done[1]);
        }
    }
}
