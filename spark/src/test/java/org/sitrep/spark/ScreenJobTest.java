package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The screening job in local mode against the demo lists. */
class ScreenJobTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static final LocalSpark spark = new LocalSpark();

    @Test
    void screensEveryRowAgainstTheBroadcastListsAndReportsAnUnreadableRow(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("book.csv");
        Files.writeString(csv, """
                id,full_name,date_of_birth,nationality
                c1,George Haswani,,SY
                c2,Jane Q. Nobody,1970,GB
                c3,,1960,
                c4,Turki al-Benali,1984,
                """);
        String out = dir.resolve("out").toString();
        Path lists = SparkTestSupport.home().resolve("demo/lists");
        ScreenJob.Report report = new ScreenJob(spark.session()).run(new ScreenJob.Options(List.of(csv.toString()),
                ScreenJob.InputFormat.csv, List.of(lists.toString()), out, true, ScreenSettings.standard(), 2));
        assertThat(report.queries()).isEqualTo(3);
        assertThat(report.errors()).isEqualTo(1);

        List<Row> errors = spark.session().read().parquet(out + "/errors").collectAsList();
        assertThat(errors.getFirst().getString(0)).isEqualTo("c3");
        assertThat(errors.getFirst().getString(3)).contains(":4:").contains("full_name");

        List<String> lines = spark.session().read().textFile(out + "/jsonl").collectAsList();
        assertThat(lines).hasSize(3);
        JsonNode haswani = MAPPER.readTree(lines.getFirst());
        assertThat(haswani.at("/query/id").asText()).isEqualTo("c1");
        assertThat(haswani.at("/matches/0/match").asBoolean()).isTrue();
        assertThat(haswani.at("/matches/0/name").asText()).containsIgnoringCase("haswani");
        assertThat(haswani.get("lists").size()).isPositive();

        Row table = spark.session().read().parquet(out + "/screenings").filter("query.id = 'c1'").first();
        assertThat(table.<Row>getAs("query").<String>getAs("name")).isEqualTo("George Haswani");
        assertThat(table.getList(table.fieldIndex("matches"))).isNotEmpty();
    }
}
