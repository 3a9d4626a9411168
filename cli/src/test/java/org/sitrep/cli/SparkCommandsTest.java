package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sitrep spark extract} against {@code sitrep extract}: the same documents give the same lines. */
class SparkCommandsTest {

    private static final Path DEMO = Path.of(System.getProperty("sitrep.home", "..")).resolve("demo/corpus");

    @Test
    void sparkExtractPrintsTheLinesSitrepExtractPrints(@TempDir Path dir) throws Exception {
        // a plain article, an HTML page, a Markdown file and a compilation split into several documents
        List<String> names = List.of("2016-02-15_maarat-hospital-strike.txt", "2016-03-01_truce-third-day.html",
                "2016-02-12_al-benali-sanctioned.md", "digest-2016-02.txt");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String n : names) {
            Files.copy(DEMO.resolve(n), corpus.resolve(n));
        }
        List<String> args = new ArrayList<>(List.of("extract"));
        names.stream().sorted().forEach(n -> args.add(corpus.resolve(n).toString()));
        CliRun extract = CliRun.of(args.toArray(String[]::new));
        assertThat(extract.exitCode()).as(extract.err()).isEqualTo(ExitCodes.OK);
        List<String> expected = extract.out().lines().toList();
        assertThat(expected).hasSizeGreaterThan(names.size()); // the digest is several documents

        Path out = dir.resolve("out");
        CliRun spark = CliRun.of("spark", "extract", "--master", "local[2]", "--jsonl", "-o", out.toString(),
                corpus.toString());
        assertThat(spark.exitCode()).as(spark.err()).isEqualTo(ExitCodes.OK);
        assertThat(spark.out()).contains("documents").contains(String.valueOf(expected.size()));
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("jsonl"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p));
            }
        }
        assertThat(lines).containsExactlyElementsOf(expected);
        try (Stream<Path> tables = Files.list(out)) {
            assertThat(tables.map(p -> p.getFileName().toString())).contains("documents", "entities", "mentions",
                    "events", "relations", "claims", "errors");
        }
    }

    @Test
    void aMissingInputIsAUsageErrorNamingIt(@TempDir Path dir) {
        CliRun run = CliRun.of("spark", "extract", "-o", dir.resolve("out").toString(), dir.resolve("nowhere").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no such file or folder").contains("nowhere");
    }

    @Test
    void loadWantsPostgres(@TempDir Path dir) {
        CliRun run = CliRun.of("spark", "load", "--db", "jdbc:h2:/tmp/x", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("PostgreSQL");
    }
}
