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

/** The small corpora the Spark tests read. */
final class SparkTestSupport {

    private SparkTestSupport() {
    }

    /** The demo corpus (plus a corrupt file) and its extract output, with the extract lines. */
    record DemoExtraction(Path corpus, String output, ExtractJob.Report report) {
    }

    private static DemoExtraction demo;

    /**
     * The demo corpus extracted once per test JVM, shared by the test classes that read its output: extraction is
     * the slow part, and what they check of it does not depend on who ran it.
     */
    static synchronized DemoExtraction demoExtraction(SparkSession spark) throws IOException {
        if (demo == null) {
            Path dir = Files.createTempDirectory("sitrep-spark-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a scratch folder left in /tmp is harmless
                }
            }));
            Path corpus = demoCorpusWithCorruptFile(dir);
            String out = dir.resolve("out").toString();
            ExtractJob.Report report = new ExtractJob(spark).run(new ExtractJob.Options(List.of(corpus.toString()),
                    ExtractJob.InputFormat.files, out, true, ExtractSettings.standard(), 0));
            demo = new DemoExtraction(corpus, out, report);
        }
        return demo;
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
