package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.extract.json.ExtractionJson;
import org.sitrep.spark.ExtractJob;
import org.sitrep.spark.ExtractSettings;
import org.sitrep.spark.LoadJob;
import org.sitrep.spark.PipelineHolder;
import org.sitrep.spark.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code sitrep bench spark}: the Spark extract job on one and on two cores of this machine (local mode: the
 * executor is this JVM), against the extractor called directly in one thread as {@code sitrep extract} does, then
 * the bulk load of the output into PostgreSQL. The models are loaded once before the runs and timed apart, so the
 * rates are extraction, not start-up.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Measure the Spark extract job (articles/s on local[1] and local[2], scaling, heap, stage times)"
                + " and the PostgreSQL load (rows/s).")
final class BenchSparkCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "CSV", description = "News CSV with title and text columns.")
    Path corpus;

    @Option(names = "--limit", defaultValue = "200", paramLabel = "N", description = "Use the first N articles (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--cores", defaultValue = "1,2", split = ",", paramLabel = "N,N", description = "Core counts to run on (default 1,2).")
    List<Integer> cores;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "PostgreSQL to measure the load against (default: $SITREP_DB_URL; none: no load figures).")
    String jdbcUrl;

    @Mixin
    Figures.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(corpus)) {
            err.println("sitrep bench spark: no such file: " + corpus);
            return ExitCodes.USAGE;
        }
        String url = jdbcUrl != null ? jdbcUrl : System.getenv("SITREP_DB_URL");
        Path scratch = Files.createTempDirectory("sitrep-bench-spark");
        try {
            List<InputDocument> docs = articles(corpus, limit);
            Path input = scratch.resolve("articles.jsonl");
            ObjectMapper mapper = new ObjectMapper();
            List<String> lines = new ArrayList<>();
            for (InputDocument d : docs) {
                lines.add(mapper.writeValueAsString(Map.of("id", d.id(), "title", d.title(), "text", d.text())));
            }
            Files.write(input, lines);
            for (String logger : List.of("org.apache.spark", "org.apache.hadoop", "org.sparkproject", "org.apache.parquet")) {
                System.setProperty("org.slf4j.simpleLogger.log." + logger, "warn");
            }

            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("corpus", corpus.toString());
            figures.put("articles", docs.size());
            figures.put("jvm_max_heap_mib", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            long t = System.nanoTime();
            Extractor extractor = PipelineHolder.extractor(ExtractSettings.standard());
            figures.put("model_load_s", round((System.nanoTime() - t) / 1e9));

            // the baseline: the extractor in one thread, as sitrep extract runs it, after a warm-up so that neither it
            // nor the Spark runs after it pay for the JIT
            ExtractionJson jsonWriter = new ExtractionJson();
            for (InputDocument d : docs.subList(0, Math.min(20, docs.size()))) {
                jsonWriter.line(extractor.extract(d));
            }
            long cpu0 = cpuNanos();
            t = System.nanoTime();
            for (InputDocument d : docs) {
                jsonWriter.line(extractor.extract(d));
            }
            double direct = docs.size() / ((System.nanoTime() - t) / 1e9);
            figures.put("direct_articles_per_s", round(direct));
            figures.put("direct_cpu_s", round((cpuNanos() - cpu0) / 1e9));
            figures.put("direct_articles_per_cpu_s", round(docs.size() / ((cpuNanos() - cpu0) / 1e9)));

            double one = 0;
            String lastOutput = null;
            for (int n : cores) {
                resetPeaks();
                String output = scratch.resolve("out-" + n).toString();
                SparkSession session = SparkSessions.start("local[" + n + "]", "sitrep bench spark",
                        Map.of("spark.sql.shuffle.partitions", String.valueOf(n * 4)));
                ExtractJob.Report r;
                long wall;
                long cpuBefore = cpuNanos();
                try {
                    t = System.nanoTime();
                    r = new ExtractJob(session).run(new ExtractJob.Options(List.of(input.toString()),
                            ExtractJob.InputFormat.jsonl, output, false, ExtractSettings.standard(), n * 4));
                    wall = (System.nanoTime() - t) / 1_000_000;
                } finally {
                    session.stop();
                }
                double cpuSeconds = (cpuNanos() - cpuBefore) / 1e9;
                double rate = r.documents() / (r.nlpMs() / 1000.0);
                if (n == cores.getFirst()) {
                    one = rate / n;
                }
                Map<String, Object> run = new LinkedHashMap<>();
                run.put("articles_per_s", round(rate));
                run.put("articles_per_s_per_core", round(rate / n));
                run.put("scaling_efficiency", round(rate / n / one));
                run.put("vs_direct_per_core", round(rate / n / direct));
                // on a machine shared with other work the wall-clock rates say how many cores we got; CPU time does not
                run.put("process_cpu_s", round(cpuSeconds));
                run.put("articles_per_cpu_s", round(r.documents() / cpuSeconds));
                run.put("task_nlp_s", r.taskNlpMs() / 1000.0);
                run.put("read_s", r.readMs() / 1000.0);
                run.put("nlp_s", r.nlpMs() / 1000.0);
                run.put("write_s", r.writeMs() / 1000.0);
                run.put("wall_s", wall / 1000.0);
                run.put("errors", r.errors());
                run.put("rows", r.rows());
                run.put("peak_heap_mib", peakHeapMib());
                figures.put("local[" + n + "]", run);
                lastOutput = output;
            }

            if (url != null && lastOutput != null) {
                SparkSession session = SparkSessions.start("local[" + cores.getLast() + "]", "sitrep bench spark load",
                        Map.of());
                try {
                    LoadJob.Report load = new LoadJob(session).run(new LoadJob.Options(lastOutput, url,
                            System.getenv("SITREP_DB_USER"), System.getenv("SITREP_DB_PASSWORD"), 500, 0, true));
                    Map<String, Object> l = new LinkedHashMap<>();
                    l.put("documents", load.loaded());
                    l.put("rows", load.rows());
                    l.put("load_s", load.loadMs() / 1000.0);
                    l.put("rows_per_s", load.loadMs() == 0 ? 0 : load.rows() * 1000 / load.loadMs());
                    l.put("resolve_s", load.resolveMs() / 1000.0);
                    l.put("folds", load.folds());
                    figures.put("load", l);
                } finally {
                    session.stop();
                }
            }
            format.print(out, figures);
            out.flush();
            return ExitCodes.OK;
        } finally {
            Figures.deleteTree(scratch);
        }
    }

    private static List<InputDocument> articles(Path csv, int limit) throws IOException {
        List<InputDocument> docs = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            for (CSVRecord rec : parser) {
                if (limit > 0 && docs.size() == limit) {
                    break;
                }
                docs.add(new InputDocument("a" + (docs.size() + 1), 0, rec.get("title"), rec.get("text"), null));
            }
        }
        return docs;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMib() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
