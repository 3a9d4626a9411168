package org.sitrep.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sitrep.ingest.FileOutcome;
import org.sitrep.ingest.IngestListener;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestReport;
import org.sitrep.ingest.Ingester;
import org.sitrep.ingest.InputExpander;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep bench ingest}: documents per second into a fresh embedded store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Measure ingest throughput on a corpus (a folder, or a CSV with title and text columns).")
final class BenchIngestCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "PATH", description = "Folder of documents, or a CSV file.")
    Path corpus;

    @Mixin
    Figures.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path scratch = Files.createTempDirectory("sitrep-bench-ingest");
        try {
            Path input = Files.isDirectory(corpus) ? corpus : explodeCsv(corpus, scratch.resolve("docs"));
            List<Path> files = new InputExpander().expand(List.of(input.toString())).files();
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            try (EvidenceStore store = EvidenceStore.embedded(scratch.resolve("workspace"))) {
                Ingester ingester = new Ingester(store, IngestOptions.defaults());
                long t0 = System.nanoTime();
                IngestReport first = ingester.ingest(files, IngestListener.NONE);
                double seconds = (System.nanoTime() - t0) / 1e9;
                long t1 = System.nanoTime();
                IngestReport again = ingester.ingest(files, IngestListener.NONE);
                double rerun = (System.nanoTime() - t1) / 1e9;
                figures.put("files", files.size());
                figures.put("megabytes", bytes / 1e6);
                figures.put("articles", first.articles());
                figures.put("failed", first.count(FileOutcome.Status.FAILED));
                figures.put("seconds", seconds);
                figures.put("files_per_second", files.size() / seconds);
                figures.put("megabytes_per_second", bytes / 1e6 / seconds);
                figures.put("rerun_seconds_all_unchanged", rerun);
                figures.put("rerun_unchanged", again.count(FileOutcome.Status.UNCHANGED));
            }
            format.print(spec.commandLine().getOut(), figures);
            return ExitCodes.OK;
        } finally {
            Figures.deleteTree(scratch);
        }
    }

    private static Path explodeCsv(Path csv, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            int i = 0;
            for (CSVRecord r : parser) {
                String title = r.isMapped("title") ? r.get("title") : "";
                String text = r.isMapped("text") ? r.get("text") : r.get(0);
                Files.writeString(dir.resolve("doc-%05d.txt".formatted(i++)), title + "\n\n" + text);
            }
        }
        return dir;
    }
}
