package org.sitrep.spark;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The small corpora the Spark tests read, and a local session like the one {@code sitrep spark} starts. */
final class SparkTestSupport {

    private SparkTestSupport() {
    }

    static SparkSession session() {
        return SparkSessions.start("local[2]", "sitrep-spark-test", Map.of("spark.sql.shuffle.partitions", "4"));
    }

    static Path home() {
        return Path.of(System.getProperty("sitrep.home", "..")).toAbsolutePath().normalize();
    }

    /** The demo corpus copied into {@code dir}, plus a binary file posing as text. */
    static Path demoCorpusWithCorruptFile(Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> files = Files.list(home().resolve("demo/corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 % 7 == 0 ? 0 : i * 13);
        }
        Files.write(corpus.resolve("corrupt.txt"), binary);
        return corpus;
    }

    /** The first {@code n} articles of the shared news sample as rows (id, title, text), or null when it is absent. */
    static List<Map<String, String>> newsSlice(int n) throws IOException {
        Path csv = home().resolve("../shared/corpus/news-sample.csv").normalize();
        if (!Files.isRegularFile(csv)) {
            return null;
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            for (CSVRecord rec : parser) {
                if (rows.size() == n) {
                    break;
                }
                Map<String, String> row = new LinkedHashMap<>();
                row.put("id", "news-" + (rows.size() + 1));
                row.put("title", rec.get("title"));
                row.put("text", rec.get("text"));
                rows.add(row);
            }
        }
        return rows;
    }
}
