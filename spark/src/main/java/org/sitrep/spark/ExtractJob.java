package org.sitrep.spark;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.extract.json.ExtractionJson;
import org.sitrep.ingest.BadInputException;
import org.sitrep.model.Hashing;

import java.io.Serial;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

/**
 * {@code sitrep spark extract}: the extract contract over a corpus, spread over Spark executors. Three stages: read
 * (files, JSON lines or Parquet into raw inputs, spread over partitions), NLP (each task asks its JVM's
 * {@link PipelineHolder} for the extractor and turns inputs into the very lines {@code sitrep extract} prints), write
 * (Parquet tables read out of those lines, plus the lines themselves on request). A document that cannot be read or
 * extracted becomes a row of the {@code errors} table; it never fails the job.
 */
public final class ExtractJob {

    /** How the inputs are given. */
    public enum InputFormat { files, jsonl, parquet }

    /** The tables written under the output folder, in this order ({@code jsonl} too on request). */
    public static final List<String> TABLES = List.of("documents", "entities", "mentions", "events", "relations",
            "claims", "errors");

    /**
     * @param inputs     files, folders or globs (Hadoop paths: local, hdfs://, s3a://)
     * @param format     how they are written
     * @param output     the folder the tables go to (one sub-folder per table), replaced if present
     * @param jsonLines  whether to write the {@code sitrep extract} lines too, under {@code jsonl}
     * @param settings   what builds the extractor on each executor
     * @param partitions how many tasks to spread the documents over; 0 for four per core of the cluster
     */
    public record Options(List<String> inputs, InputFormat format, String output, boolean jsonLines,
                          ExtractSettings settings, int partitions) {
    }

    /**
     * What a run did and how long each stage took.
     *
     * @param inputs    raw inputs read (files, lines or records)
     * @param rows      rows written per table
     * @param readMs    wall time reading and spreading the inputs
     * @param nlpMs     wall time of extraction (including each executor's one model load)
     * @param writeMs   wall time writing the tables
     * @param taskNlpMs extraction time summed over documents (CPU-bound work, excluding model loading)
     */
    public record Report(long inputs, Map<String, Long> rows, long readMs, long nlpMs, long writeMs, long taskNlpMs) {
        public long documents() {
            return rows.getOrDefault("documents", 0L);
        }

        public long errors() {
            return rows.getOrDefault("errors", 0L);
        }
    }

    private final SparkSession spark;

    public ExtractJob(SparkSession spark) {
        this.spark = spark;
    }

    /** Runs the job; Spark's own exceptions (a path that does not exist) pass through. */
    public Report run(Options o) {
        int partitions = o.partitions() > 0 ? o.partitions() : Math.max(1, spark.sparkContext().defaultParallelism() * 4);
        long t0 = System.nanoTime();
        Dataset<Row> raw = read(o).repartition(partitions).persist(StorageLevel.MEMORY_AND_DISK());
        long inputs = raw.count();
        long t1 = System.nanoTime();
        Dataset<Row> result = raw.mapPartitions(new Extract(o.settings()), Encoders.row(ExtractionSchema.RESULT))
                .persist(StorageLevel.MEMORY_AND_DISK());
        result.count();
        long t2 = System.nanoTime();
        Map<String, Dataset<Row>> tables = tables(result);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Map.Entry<String, Dataset<Row>> t : tables.entrySet()) {
            Dataset<Row> table = t.getValue().persist(StorageLevel.MEMORY_AND_DISK());
            table.write().mode(SaveMode.Overwrite).parquet(o.output() + "/" + t.getKey());
            rows.put(t.getKey(), table.count());
            table.unpersist();
        }
        if (o.jsonLines()) {
            result.filter(col("error").isNull()).orderBy(col("source"), col("line"), col("offset"))
                    .select(col("extraction")).coalesce(1).write().mode(SaveMode.Overwrite).text(o.output() + "/jsonl");
        }
        long t3 = System.nanoTime();
        Row nanos = result.agg(coalesce(org.apache.spark.sql.functions.sum(col("nlp_nanos")), lit(0L))).first();
        long taskNanos = ((Number) nanos.get(0)).longValue();
        result.unpersist();
        raw.unpersist();
        return new Report(inputs, rows, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                taskNanos / 1_000_000);
    }

    /** The raw inputs: one row per file, JSON line or record. */
    private Dataset<Row> read(Options o) {
        String[] paths = o.inputs().toArray(String[]::new);
        Column noLine = lit(null).cast(DataTypes.LongType);
        Column noBytes = lit(null).cast(DataTypes.BinaryType);
        Column noText = lit(null).cast(DataTypes.StringType);
        return switch (o.format()) {
            case files -> binaryFiles(paths).select(lit("file").as("kind"), col("path").as("source"), noLine.as("line"),
                    col("content"), noText.as("id"), noText.as("text"), noText.as("date"), noText.as("title"));
            case jsonl -> binaryFiles(paths).select(col("path"), col("content"))
                    .flatMap(new JsonLines(), Encoders.row(ExtractionSchema.RAW));
            case parquet -> {
                Dataset<Row> records = spark.read().parquet(paths);
                List<String> columns = Arrays.asList(records.columns());
                if (!columns.contains("text")) {
                    throw new IllegalArgumentException(String.join(", ", o.inputs())
                            + ": the Parquet input needs a text column (and id, date, title)");
                }
                yield records.select(lit("record").as("kind"), input_file_name().as("source"), noLine.as("line"),
                        noBytes.as("content"), column(columns, "id"), col("text").cast(DataTypes.StringType).as("text"),
                        column(columns, "date"), column(columns, "title"));
            }
        };
    }

    private Dataset<Row> binaryFiles(String[] paths) {
        return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(paths);
    }

    private static Column column(List<String> columns, String name) {
        return (columns.contains(name) ? col(name) : lit(null)).cast(DataTypes.StringType).as(name);
    }

    /** The Parquet tables, read out of the extract lines so their fields are the contract's. */
    private static Map<String, Dataset<Row>> tables(Dataset<Row> result) {
        Dataset<Row> ok = result.filter(col("error").isNull())
                .withColumn("x", from_json(col("extraction"), ExtractionSchema.LINE));
        Column doc = col("x.id").as("document_id");
        Column hash = col("document_hash");
        Map<String, Dataset<Row>> t = new LinkedHashMap<>();
        t.put("documents", ok.select(col("x.id").as("id"), col("x.offset").as("offset"), col("x.title").as("title"),
                col("x.date").as("date"), col("source"), col("media_type"), hash, col("length_cp"), col("text"),
                col("extraction")));
        Dataset<Row> entities = ok.select(doc, hash, explode(col("x.entities")).as("e"));
        t.put("entities", entities.select(col("document_id"), hash, col("e.id").as("id"), col("e.type").as("type"),
                col("e.name").as("name"), coalesce(col("e.described"), lit(false)).as("described"),
                col("e.aliases").as("aliases"), col("e.links").as("links")));
        t.put("mentions", entities.select(col("document_id"), hash, col("e.id").as("entity_id"),
                        explode(col("e.mentions")).as("m"))
                .select(col("document_id"), hash, col("entity_id"), col("m.start").as("start"), col("m.end").as("end"),
                        col("m.text").as("text")));
        t.put("events", ok.select(doc, hash, explode(col("x.events")).as("v")).select(col("document_id"), hash,
                col("v.*")));
        t.put("relations", ok.select(doc, hash, explode(col("x.relations")).as("r")).select(col("document_id"), hash,
                col("r.*")));
        t.put("claims", ok.select(doc, hash, explode(col("x.claims")).as("c")).select(col("document_id"), hash,
                col("c.*")));
        t.put("errors", result.filter(col("error").isNotNull()).orderBy(col("source"), col("line"))
                .select(col("id"), col("source"), col("error").as("message")));
        return t;
    }

    /** Splits a JSON-lines file into one raw input per non-blank line, numbered from 1 as in messages. */
    private static final class JsonLines implements FlatMapFunction<Row, Row> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Row file) {
            String path = localPath(file.getString(0));
            String content = new String((byte[]) file.get(1), StandardCharsets.UTF_8);
            List<Row> out = new ArrayList<>();
            String[] lines = content.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    out.add(RowFactory.create("json", path, (long) (i + 1), null, null, lines[i], null, null));
                }
            }
            return out.iterator();
        }
    }

    /** A Hadoop path as users wrote it: local files without their {@code file:} scheme. */
    static String localPath(String path) {
        if (path != null && path.startsWith("file:")) {
            try {
                return Path.of(URI.create(path)).toString();
            } catch (IllegalArgumentException e) {
                return path;
            }
        }
        return path;
    }

    /**
     * The NLP stage of one partition: each raw input to its documents' result rows, lazily, one input at a time. The
     * extractor comes from the executor's {@link PipelineHolder}; only the settings are in the closure.
     */
    static final class Extract implements MapPartitionsFunction<Row, Row> {
        @Serial
        private static final long serialVersionUID = 1L;

        private final ExtractSettings settings;

        Extract(ExtractSettings settings) {
            this.settings = settings;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> inputs) {
            Extractor extractor = PipelineHolder.extractor(settings);
            DocumentInputs reader = new DocumentInputs(settings.docDate());
            ExtractionJson json = new ExtractionJson();
            return new Iterator<>() {
                private Iterator<Row> pending = java.util.Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!pending.hasNext() && inputs.hasNext()) {
                        pending = process(inputs.next(), extractor, reader, json).iterator();
                    }
                    return pending.hasNext();
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return pending.next();
                }
            };
        }

        private static List<Row> process(Row raw, Extractor extractor, DocumentInputs reader, ExtractionJson json) {
            String kind = raw.getString(0);
            String source = localPath(raw.getString(1));
            Long line = raw.isNullAt(2) ? null : raw.getLong(2);
            List<SourceDocument> docs;
            try {
                docs = switch (kind) {
                    case "file" -> reader.file(source, (byte[]) raw.get(3));
                    case "json" -> List.of(reader.jsonLine(source, line, raw.getString(5)));
                    default -> List.of(reader.record(source, raw.getString(4) == null ? source : raw.getString(4),
                            raw.getString(5), raw.getString(6), raw.getString(7)));
                };
            } catch (BadInputException | RuntimeException e) {
                String id = "file".equals(kind) ? Path.of(source).getFileName().toString()
                        : raw.getString(4) != null ? raw.getString(4) : source + (line == null ? "" : ":" + line);
                return List.of(error(id, source, line, e.getMessage() == null ? e.toString() : e.getMessage()));
            }
            List<Row> out = new ArrayList<>(docs.size());
            for (SourceDocument d : docs) {
                InputDocument doc = d.document();
                try {
                    long start = System.nanoTime();
                    DocumentExtraction x = extractor.extract(doc);
                    String extraction = json.line(x, d.page());
                    long nanos = System.nanoTime() - start;
                    out.add(RowFactory.create(doc.id(), source, line, doc.offset(), Hashing.sha256(doc.text()),
                            doc.text().codePointCount(0, doc.text().length()), d.mediaType(), doc.text(), extraction,
                            null, nanos));
                } catch (RuntimeException | StackOverflowError e) {
                    out.add(error(doc.id(), source, line, "extraction failed: " + e));
                }
            }
            return out;
        }

        private static Row error(String id, String source, Long line, String message) {
            return RowFactory.create(id, source, line, null, null, null, null, null, null, message, 0L);
        }
    }
}
