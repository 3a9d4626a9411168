package org.sitrep.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.screen.Query;
import org.sitrep.screen.Screener;
import org.sitrep.screen.input.BirthDateReader;
import org.sitrep.screen.input.DateOrder;
import org.sitrep.screen.input.QueryRows;
import org.sitrep.screen.json.ScreeningJson;

import java.io.IOException;
import java.io.Serial;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

/**
 * {@code sitrep spark screen}: the screen contract over a book of names. The list files are broadcast once; each
 * executor builds its screener from them once ({@link PipelineHolder}) and screens its share of the rows. Output: a
 * {@code screenings} table with the contract's fields (the query, its matches) and its JSON line, the lines alone on
 * request, and an {@code errors} table of the rows that could not be read (id, message).
 */
public final class ScreenJob {

    /** How the names are given. */
    public enum InputFormat { csv, parquet }

    /**
     * @param inputs     CSV files (a header with full_name or name, and optionally date_of_birth, nationality,
     *                   schema, id, identifier) or Parquet with those columns
     * @param format     which
     * @param lists      list files or folders
     * @param output     the folder the tables go to, replaced if present
     * @param jsonLines  whether to write the {@code sitrep screen} lines too, under {@code jsonl}
     * @param settings   the screening options
     * @param partitions tasks to spread the rows over; 0 for four per core
     */
    public record Options(List<String> inputs, InputFormat format, List<String> lists, String output,
                          boolean jsonLines, ScreenSettings settings, int partitions) {
    }

    /** Rows screened and how long the stages took. */
    public record Report(long queries, long errors, long matches, long readMs, long screenMs, long writeMs) {
    }

    static final StructType RAW = new StructType().add("source", DataTypes.StringType).add("line", DataTypes.LongType)
            .add("header", DataTypes.createArrayType(DataTypes.StringType))
            .add("cells", DataTypes.createArrayType(DataTypes.StringType));

    static final StructType RESULT = new StructType().add("id", DataTypes.StringType)
            .add("source", DataTypes.StringType).add("line", DataTypes.LongType)
            .add("screening", DataTypes.StringType).add("error", DataTypes.StringType);

    static final StructType LINE = new StructType()
            .add("query", new StructType().add("id", DataTypes.StringType).add("name", DataTypes.StringType)
                    .add("dob", DataTypes.StringType).add("country", DataTypes.StringType)
                    .add("schema", DataTypes.StringType))
            .add("matches", DataTypes.createArrayType(new StructType().add("list", DataTypes.StringType)
                    .add("id", DataTypes.StringType).add("name", DataTypes.StringType)
                    .add("matched_name", DataTypes.StringType).add("score", DataTypes.DoubleType)
                    .add("match", DataTypes.BooleanType)));

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final SparkSession spark;

    public ScreenJob(SparkSession spark) {
        this.spark = spark;
    }

    public Report run(Options o) {
        ListBundle bundle = ListBundle.of(o.lists());
        List<ListSnapshot> snapshots = bundle.snapshots(); // read once here too: a bad list fails before any task
        String listInfo = json(ScreeningJson.lists(snapshots));
        Broadcast<ListBundle> lists = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(bundle);
        int partitions = o.partitions() > 0 ? o.partitions() : Math.max(1, spark.sparkContext().defaultParallelism() * 4);
        long t0 = System.nanoTime();
        String[] paths = o.inputs().toArray(String[]::new);
        Dataset<Row> raw = switch (o.format()) {
            case csv -> spark.read().format("binaryFile").load(paths).select(col("path"), col("content"))
                    .flatMap(new CsvRows(), Encoders.row(RAW));
            case parquet -> parquetRows(paths);
        };
        raw = raw.repartition(partitions).persist(StorageLevel.MEMORY_AND_DISK());
        raw.count();
        long t1 = System.nanoTime();
        Dataset<Row> result = raw.mapPartitions(new Screen(lists, o.settings(), listInfo), Encoders.row(RESULT))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long queries = result.count();
        long t2 = System.nanoTime();
        Dataset<Row> ok = result.filter(col("error").isNull()).withColumn("x", from_json(col("screening"), LINE));
        Dataset<Row> screenings = ok.select(col("x.query").as("query"), col("x.matches").as("matches"),
                col("source"), col("line"), col("screening"));
        screenings.write().mode(SaveMode.Overwrite).parquet(o.output() + "/screenings");
        Dataset<Row> errors = result.filter(col("error").isNotNull()).select(col("id"), col("source"), col("line"),
                col("error").as("message"));
        errors.write().mode(SaveMode.Overwrite).parquet(o.output() + "/errors");
        if (o.jsonLines()) {
            ok.orderBy(col("source"), col("line")).select(col("screening")).coalesce(1).write()
                    .mode(SaveMode.Overwrite).text(o.output() + "/jsonl");
        }
        long errorCount = errors.count();
        Row sum = ok.selectExpr("CAST(size(x.matches) AS BIGINT) AS n").agg(org.apache.spark.sql.functions.sum("n"))
                .first();
        long matches = sum.isNullAt(0) ? 0 : sum.getLong(0);
        long t3 = System.nanoTime();
        result.unpersist();
        raw.unpersist();
        lists.destroy();
        return new Report(queries - errorCount, errorCount, matches, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000);
    }

    private Dataset<Row> parquetRows(String[] paths) {
        Dataset<Row> records = spark.read().parquet(paths);
        String[] header = Arrays.stream(records.columns()).map(c -> c.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        return records.select(Arrays.stream(records.columns()).map(c -> col(c).cast(DataTypes.StringType))
                        .toArray(org.apache.spark.sql.Column[]::new))
                .withColumn("__source", org.apache.spark.sql.functions.input_file_name())
                .map((org.apache.spark.api.java.function.MapFunction<Row, Row>) r -> {
                    String[] cells = new String[header.length];
                    for (int i = 0; i < header.length; i++) {
                        cells[i] = r.isNullAt(i) ? null : r.getString(i);
                    }
                    return RowFactory.create(ExtractJob.localPath(r.getString(header.length)), null, header, cells);
                }, Encoders.row(RAW));
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CSV file's rows, parsed as {@code sitrep screen} parses them, each with its line number. */
    private static final class CsvRows implements FlatMapFunction<Row, Row> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Row file) {
            String path = ExtractJob.localPath(file.getString(0));
            String text = new String((byte[]) file.get(1), StandardCharsets.UTF_8);
            List<Row> out = new ArrayList<>();
            try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).build().parse(new StringReader(text))) {
                String[] header = parser.getHeaderNames().stream()
                        .map(h -> h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT)).toArray(String[]::new);
                for (CSVRecord record : parser) {
                    String[] cells = new String[header.length];
                    for (int i = 0; i < header.length && i < record.size(); i++) {
                        cells[i] = record.get(i);
                    }
                    out.add(RowFactory.create(path, record.getRecordNumber() + 1, header, cells));
                }
            } catch (IOException | RuntimeException e) {
                out.add(RowFactory.create(path, null, new String[0], new String[] {"not valid CSV: " + e.getMessage()}));
            }
            return out.iterator();
        }
    }

    /** Screens one partition's rows with the executor's screener. */
    private static final class Screen implements MapPartitionsFunction<Row, Row> {
        @Serial
        private static final long serialVersionUID = 1L;

        private final Broadcast<ListBundle> lists;
        private final ScreenSettings settings;
        private final String listInfo;

        Screen(Broadcast<ListBundle> lists, ScreenSettings settings, String listInfo) {
            this.lists = lists;
            this.settings = settings;
            this.listInfo = listInfo;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Iterator<Row> call(Iterator<Row> rows) throws IOException {
            Screener screener = PipelineHolder.screener(lists.id(), lists.value(), settings);
            Map<String, Object> info = MAPPER.readValue(listInfo, LinkedHashMap.class);
            QueryRows reader = new QueryRows(new BirthDateReader(DateOrder.valueOf(settings.dateOrder())),
                    settings.schema());
            List<Row> out = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                String source = r.getString(0);
                Long line = r.isNullAt(1) ? null : r.getLong(1);
                List<String> header = r.getList(2);
                List<String> values = r.getList(3);
                if (line == null) {
                    out.add(RowFactory.create(source, source, null, null, source + ": " + values.getFirst()));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), values.get(i));
                }
                String position = source + ":" + line;
                try {
                    Query q = reader.read(header, cells, String.valueOf(line));
                    out.add(RowFactory.create(q.id(), source, line, json(ScreeningJson.screening(q, screener.screen(q),
                            info)), null));
                } catch (QueryRows.UnreadableCell e) {
                    String id = cells.get("id") != null && !cells.get("id").isBlank() ? cells.get("id").trim() : position;
                    out.add(RowFactory.create(id, source, line, null, position + ":" + e.position() + ": column "
                            + e.column() + ": " + e.getMessage()));
                }
            }
            return out.iterator();
        }
    }

}
