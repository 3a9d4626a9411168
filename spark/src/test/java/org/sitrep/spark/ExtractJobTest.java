package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.json.ExtractionJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The extract job in Spark local mode over the demo corpus and a slice of the shared news sample. */
class ExtractJobTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static final LocalSpark spark = new LocalSpark();

    @Test
    void filesGiveTheLinesTheExtractorGivesAndACorruptFileIsAnError() throws Exception {
        SparkTestSupport.DemoExtraction demo = SparkTestSupport.demoExtraction(spark.session());
        Path corpus = demo.corpus();
        String out = demo.output();
        ExtractJob.Report report = demo.report();

        List<Row> errors = spark.session().read().parquet(out + "/errors").collectAsList();
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().getString(0)).isEqualTo("corrupt.txt");
        assertThat(errors.getFirst().getString(2)).contains("corrupt.txt");

        // the lines are what the extractor gives for each file read the way sitrep extract reads it, in file order
        Extractor extractor = PipelineHolder.extractor(ExtractSettings.standard());
        ExtractionJson json = new ExtractionJson();
        DocumentInputs inputs = new DocumentInputs(null);
        List<String> expected = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("corrupt.txt")).sorted().toList()) {
                for (SourceDocument d : inputs.file(f.toString(), Files.readAllBytes(f))) {
                    expected.add(json.line(extractor.extract(d.document()), d.page()));
                }
            }
        }
        List<String> lines = jsonLines(out);
        assertThat(lines).containsExactlyElementsOf(expected);
        assertThat(report.documents()).isEqualTo(expected.size());
        assertThat(report.errors()).isEqualTo(1);

        // the tables hold the lines' facts, field for field
        long entities = 0;
        long mentions = 0;
        long events = 0;
        long claims = 0;
        for (String line : lines) {
            JsonNode n = MAPPER.readTree(line);
            entities += n.get("entities").size();
            for (JsonNode e : n.get("entities")) {
                mentions += e.get("mentions").size();
            }
            events += n.get("events").size();
            claims += n.get("claims").size();
        }
        assertThat(entities).isPositive();
        assertThat(count(out, "entities")).isEqualTo(entities);
        assertThat(count(out, "mentions")).isEqualTo(mentions);
        assertThat(count(out, "events")).isEqualTo(events).isPositive();
        assertThat(count(out, "claims")).isEqualTo(claims).isPositive();
        assertThat(report.rows()).containsEntry("mentions", mentions);

        // every mention's span is the document's text at its code points (HTML pages aside: their text is the page's)
        Dataset<Row> docs = spark.session().read().parquet(out + "/documents").filter("media_type = 'text/plain'");
        Dataset<Row> joined = spark.session().read().parquet(out + "/mentions").join(docs.select("document_hash", "text")
                .withColumnRenamed("text", "doc_text"), "document_hash");
        for (Row m : joined.select("start", "end", "text", "doc_text").collectAsList()) {
            String text = m.getString(3);
            int start = text.offsetByCodePoints(0, m.getInt(0));
            int end = text.offsetByCodePoints(0, m.getInt(1));
            assertThat(text.substring(start, end)).isEqualTo(m.getString(2));
        }
        Row first = spark.session().read().parquet(out + "/events").select("document_id", "evidence.start", "evidence.text",
                "modality").first();
        assertThat(first.getString(0)).isNotBlank();
        assertThat(first.getString(2)).isNotBlank();
    }

    @Test
    void jsonLinesAndParquetRecordsGiveTheSameLinesAndABadLineIsAnError(@TempDir Path dir) throws Exception {
        List<Map<String, String>> news = SparkTestSupport.newsSlice(12);
        Assumptions.assumeTrue(news != null, "no shared news sample next to the project");
        Path jsonl = Files.createDirectories(dir.resolve("jsonl-in")).resolve("news.jsonl");
        List<String> in = new ArrayList<>();
        for (Map<String, String> row : news) {
            in.add(MAPPER.writeValueAsString(row));
        }
        in.add(5, "{\"id\": \"broken\", \"text\": "); // cut off mid-object
        Files.write(jsonl, in);
        String out = dir.resolve("out-jsonl").toString();
        ExtractJob.Report report = new ExtractJob(spark.session()).run(new ExtractJob.Options(List.of(jsonl.toString()),
                ExtractJob.InputFormat.jsonl, out, true, ExtractSettings.standard(), 3));
        assertThat(report.documents()).isEqualTo(news.size());
        List<Row> errors = spark.session().read().parquet(out + "/errors").collectAsList();
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().getString(0)).isEqualTo(jsonl + ":6");
        assertThat(errors.getFirst().getString(2)).contains("bad input line");
        List<String> lines = jsonLines(out);
        assertThat(lines).hasSize(news.size());
        assertThat(MAPPER.readTree(lines.getFirst()).get("id").asText()).isEqualTo("news-1");

        // the same records as Parquet
        String parquet = dir.resolve("parquet-in").toString();
        spark.session().createDataFrame(news.stream().map(r -> org.apache.spark.sql.RowFactory.create(r.get("id"),
                        r.get("text"), null, r.get("title"))).toList(),
                new org.apache.spark.sql.types.StructType().add("id", "string").add("text", "string")
                        .add("date", "string").add("title", "string"))
                .write().parquet(parquet);
        String out2 = dir.resolve("out-parquet").toString();
        new ExtractJob(spark.session()).run(new ExtractJob.Options(List.of(parquet), ExtractJob.InputFormat.parquet, out2, true,
                ExtractSettings.standard(), 2));
        List<String> fromParquet = new ArrayList<>(jsonLines(out2));
        List<String> fromJson = new ArrayList<>(lines);
        fromParquet.sort(null);
        fromJson.sort(null);
        assertThat(fromParquet).isEqualTo(fromJson);
    }

    private static List<String> jsonLines(String out) {
        return spark.session().read().textFile(out + "/jsonl").collectAsList();
    }

    private static long count(String out, String table) {
        return spark.session().read().parquet(out + "/" + table).count();
    }
}
